package org.eczemarx.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that states one fact: it cites one source and says whether the curators could verify it against that source.
 * Facts about a drug ({@link DrugFact}) and graded statements about an intervention (guideline recommendations,
 * meta-analysis results) are such rows.
 */
@MappedSuperclass
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
public abstract class SourcedFact {

    @Id
    @Ignore
    public Long id;
    @Ignore
    public Long sourceId;
    public boolean verified;
    public String unverifiedReason;

    public Long pk() {
        return id;
    }

    public Long sourceId() {
        return sourceId;
    }

    @NonNull
    @Description("False when the curators could not confirm this fact against a primary source.")
    public boolean isVerified() {
        return verified;
    }

    @Description("Why the curators could not confirm this fact against a primary source (what was checked, what could not be read); null when it is verified.")
    public String getUnverifiedReason() {
        return unverifiedReason;
    }
}
