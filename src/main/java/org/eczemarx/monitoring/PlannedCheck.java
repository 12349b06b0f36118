package org.eczemarx.monitoring;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.drug.Drug;

/** One test in a monitoring plan, merged over the drugs that require it. */
@Description("One test of a monitoring plan, merged over the regimen's drugs that require it in this phase.")
public class PlannedCheck {

    private final LabTest test;
    private final MonitoringPhase phase;
    private final List<Drug> drugs;
    private final List<MonitoringRequirement> requirements;

    PlannedCheck(LabTest test, MonitoringPhase phase, List<Drug> drugs, List<MonitoringRequirement> requirements) {
        this.test = test;
        this.phase = phase;
        this.drugs = drugs;
        this.requirements = requirements;
    }

    @NonNull
    @Description("The test.")
    public LabTest getTest() {
        return test;
    }

    @NonNull
    @Description("The phase this check belongs to.")
    public MonitoringPhase getPhase() {
        return phase;
    }

    @NonNull
    @Description("The regimen's drugs that require it, by name.")
    public List<@NonNull Drug> getDrugs() {
        return drugs;
    }

    @NonNull
    @Description("Each drug's requirement: its timing, rationale and source.")
    public List<@NonNull MonitoringRequirement> getRequirements() {
        return requirements;
    }
}
