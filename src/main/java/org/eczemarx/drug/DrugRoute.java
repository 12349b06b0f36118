package org.eczemarx.drug;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One route by which a drug is given. Served as the {@link Route} enum. */
@Entity
@Table(name = "drug_route")
public class DrugRoute {

    @Id
    private Long id;
    @Column(name = "drug_id")
    private Long drugId;
    @Enumerated(EnumType.STRING)
    private Route route;

    public Long drugId() {
        return drugId;
    }

    public Route route() {
        return route;
    }
}
