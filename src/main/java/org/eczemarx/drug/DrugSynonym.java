package org.eczemarx.drug;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Another name of a drug (other INN spelling, USAN, research code). Served as plain strings. */
@Entity
@Table(name = "drug_synonym")
public class DrugSynonym {

    @Id
    private Long id;
    @Column(name = "drug_id")
    private Long drugId;
    private String name;

    public Long drugId() {
        return drugId;
    }

    public String name() {
        return name;
    }
}
