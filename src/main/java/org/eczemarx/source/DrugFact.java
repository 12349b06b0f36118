package org.eczemarx.source;

import org.eclipse.microprofile.graphql.Ignore;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.MappedSuperclass;

/**
 * A sourced fact about one drug. Approvals, boxed warnings, adverse effects, monitoring requirements and drug-target
 * actions are such facts.
 */
@MappedSuperclass
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
public abstract class DrugFact extends SourcedFact {

    @Ignore
    public Long drugId;

    public Long drugId() {
        return drugId;
    }
}
