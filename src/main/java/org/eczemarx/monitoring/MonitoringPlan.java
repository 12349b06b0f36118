package org.eczemarx.monitoring;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.drug.Drug;

/** Everything to check before and during a regimen. */
@Description("Everything to check before and during treatment with a regimen, merged and de-duplicated per test and phase. Describes label and guideline requirements; it is not medical advice.")
public class MonitoringPlan {

    private final List<Drug> drugs;
    private final List<PlannedCheck> baseline;
    private final List<PlannedCheck> followUp;
    private final List<PlannedCheck> asIndicated;
    private final List<Drug> drugsWithoutMonitoring;

    MonitoringPlan(List<Drug> drugs, List<PlannedCheck> baseline, List<PlannedCheck> followUp,
            List<PlannedCheck> asIndicated, List<Drug> drugsWithoutMonitoring) {
        this.drugs = drugs;
        this.baseline = baseline;
        this.followUp = followUp;
        this.asIndicated = asIndicated;
        this.drugsWithoutMonitoring = drugsWithoutMonitoring;
    }

    @NonNull
    @Description("The regimen's drugs, de-duplicated, by name.")
    public List<@NonNull Drug> getDrugs() {
        return drugs;
    }

    @NonNull
    @Description("Tests before starting, by test name.")
    public List<@NonNull PlannedCheck> getBaseline() {
        return baseline;
    }

    @NonNull
    @Description("Tests during treatment, by test name.")
    public List<@NonNull PlannedCheck> getFollowUp() {
        return followUp;
    }

    @NonNull
    @Description("Tests only when clinically indicated, by test name.")
    public List<@NonNull PlannedCheck> getAsIndicated() {
        return asIndicated;
    }

    @NonNull
    @Description("The regimen's drugs for which the curated labels and guidelines name no test to do (for a drug with a boxed warning, read its `boxedWarnings` too).")
    public List<@NonNull Drug> getDrugsWithoutMonitoring() {
        return drugsWithoutMonitoring;
    }
}
