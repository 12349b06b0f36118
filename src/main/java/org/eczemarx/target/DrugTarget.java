package org.eczemarx.target;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How one drug acts on one target. */
@Entity
@Table(name = "drug_target")
@Description("How one drug acts on one target, with its sources.")
public class DrugTarget {

    @Id
    @Ignore
    private Long id;
    @Column(name = "drug_id")
    @Ignore
    private Long drugId;
    @Column(name = "target_id")
    @Ignore
    private Long targetId;
    @Enumerated(EnumType.STRING)
    private TargetAction action;
    @Column(name = "source_id")
    @Ignore
    private Long sourceId;
    private boolean verified;

    public Long drugId() {
        return drugId;
    }

    public Long targetId() {
        return targetId;
    }

    public Long sourceId() {
        return sourceId;
    }

    @NonNull
    @Description("What the drug does to the target.")
    public TargetAction getAction() {
        return action;
    }

    @NonNull
    @Description("False when the curators could not confirm this fact against a primary source.")
    public boolean isVerified() {
        return verified;
    }
}
