package org.eczemarx.monitoring;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.source.DrugFact;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One check a drug requires, when, and why. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("One check a drug requires: which test, when, and the risk it watches for.")
public class MonitoringRequirement extends DrugFact {

    @Ignore
    public Long labTestId;
    @Enumerated(EnumType.STRING)
    public MonitoringPhase phase;
    public String timing;
    public String rationale;

    public Long labTestId() {
        return labTestId;
    }

    @NonNull
    @Description("Before treatment, during it, or only as clinically indicated.")
    public MonitoringPhase getPhase() {
        return phase;
    }

    @Description("When, in words: \"about 12 weeks after starting\", \"every 2 weeks for 3 months\".")
    public String getTiming() {
        return timing;
    }

    @NonNull
    @Description("The risk it watches for: \"neutropenia\", \"hyperlipidaemia\".")
    public String getRationale() {
        return rationale;
    }
}
