package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A graded statement about one intervention (a guideline recommendation or a meta-analysis result): like a
 * {@link org.eczemarx.source.DrugFact}, it cites one source and says whether the curators could verify it.
 */
@MappedSuperclass
public abstract class InterventionFact {

    @Id
    @Ignore
    private Long id;
    @Column(name = "intervention_id")
    @Ignore
    private Long interventionId;
    @Column(name = "source_id")
    @Ignore
    private Long sourceId;
    private boolean verified;
    @Column(name = "unverified_reason")
    private String unverifiedReason;

    public Long pk() {
        return id;
    }

    public Long interventionId() {
        return interventionId;
    }

    public Long sourceId() {
        return sourceId;
    }

    @NonNull
    @Description("False when the curators could not confirm this statement against its source.")
    public boolean isVerified() {
        return verified;
    }

    @Description("Why the curators could not verify this statement, and against which document; null when it is verified.")
    public String getUnverifiedReason() {
        return unverifiedReason;
    }
}
