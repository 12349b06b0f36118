package org.eczemarx.monitoring;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.FieldLoaders;

import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;

/** Lab tests, each drug's monitoring requirements, and merged monitoring plans. */
@GraphQLApi
public class MonitoringGraphQLApi {

    private final MonitoringService service;
    private final FieldLoaders loaders;

    MonitoringGraphQLApi(MonitoringService service, FieldLoaders loaders) {
        this.service = service;
        this.loaders = loaders;
    }

    @Query("labTests")
    @NonNull
    @Description("Every test or check the knowledge base knows, by name.")
    public Uni<List<@NonNull LabTest>> labTests() {
        return service.labTests();
    }

    @Query("monitoringPlan")
    @NonNull
    @Description("Everything to check before and during treatment for a regimen, merged and de-duplicated per test and phase."
            + " Name the regimen with exactly one of `drugIds` or `drugNames`.")
    public Uni<@NonNull MonitoringPlan> monitoringPlan(
            @Nullable @Id @Name("drugIds") @Description("IDs of the regimen's drugs (1 to 20; duplicates are merged).") List<@NonNull String> drugIds,
            @Nullable @Name("drugNames") @Description("Names of the regimen's drugs, as `drug(name)` takes them: INN, synonym or brand of any region (1 to 20); an unknown name is NOT_FOUND.") List<@NonNull String> drugNames) {
        return service.plan(drugIds, drugNames);
    }

    @Name("monitoring")
    @NonNull
    @Description("What must be checked before and during treatment; empty when the curated labels and guidelines name no test to do (for a drug with a boxed warning, read `boxedWarnings` too).")
    public Uni<List<@NonNull MonitoringRequirement>> monitoring(@Source Drug drug,
            @Name("phase") @Description("Only this phase.") MonitoringPhase phase) {
        return loaders.load(drug.pk(), ids -> service.ofDrugs(ids, phase));
    }

    @Name("test")
    @NonNull
    @Description("The test.")
    public Uni<List<@NonNull LabTest>> test(@Source List<MonitoringRequirement> requirements) {
        return service.testsOf(requirements);
    }

    @Name("drug")
    @NonNull
    @Description("The drug that requires it.")
    public Uni<List<@NonNull Drug>> drug(@Source List<MonitoringRequirement> requirements) {
        return service.drugsOf(requirements);
    }

    @Name("requirements")
    @NonNull
    @Description("Every drug requirement that uses this test, by drug name.")
    public Uni<List<@NonNull List<@NonNull MonitoringRequirement>>> requirements(@Source List<LabTest> tests) {
        return service.ofLabTests(tests);
    }

    @Name("drugs")
    @NonNull
    @Description("Drugs that require this test, by name.")
    public Uni<List<@NonNull List<@NonNull Drug>>> drugsRequiring(@Source List<LabTest> tests) {
        return service.drugsRequiring(tests);
    }
}
