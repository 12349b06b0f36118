package org.eczemarx.source;

import java.io.Serializable;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A source cited by any of a drug's facts (the {@code drug_source} view). */
@Entity
@Immutable
@Table(name = "drug_source")
@IdClass(DrugSourceLink.Key.class)
public class DrugSourceLink {

    @Id
    private Long drugId;
    @Id
    private Long sourceId;

    /** Composite key of the view. */
    public record Key(Long drugId, Long sourceId) implements Serializable {
    }
}
