package org.eczemarx.target;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.source.DrugFact;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How one drug acts on one target. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("How one drug acts on one target, with its sources.")
public class DrugTarget extends DrugFact {

    @Ignore
    public Long targetId;
    @Enumerated(EnumType.STRING)
    public TargetAction action;

    public Long targetId() {
        return targetId;
    }

    @NonNull
    @Description("What the drug does to the target.")
    public TargetAction getAction() {
        return action;
    }
}
