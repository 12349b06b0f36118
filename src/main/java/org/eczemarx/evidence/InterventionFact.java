package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Ignore;
import org.eczemarx.source.SourcedFact;

import jakarta.persistence.MappedSuperclass;

/** A graded statement about one intervention: a guideline recommendation or a meta-analysis result. */
@MappedSuperclass
public abstract class InterventionFact extends SourcedFact {

    @Ignore
    public Long interventionId;

    public Long interventionId() {
        return interventionId;
    }
}
