package org.eczemarx.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.drug.Drug;
import org.eczemarx.drug.DrugService;
import org.eczemarx.drugclass.DrugClass;
import org.eczemarx.graphql.FieldLoaders;

import io.smallrye.mutiny.Uni;

/** Guideline recommendations and comparative efficacy, per intervention and per drug. */
@GraphQLApi
public class EvidenceGraphQLApi {

    private final EvidenceService service;
    private final DrugService drugs;
    private final FieldLoaders loaders;

    EvidenceGraphQLApi(EvidenceService service, DrugService drugs, FieldLoaders loaders) {
        this.service = service;
        this.drugs = drugs;
        this.loaders = loaders;
    }

    @Query("interventions")
    @NonNull
    @Description("What guidelines and reviews grade: drugs, classes of drugs, phototherapy and other treatments that are not drugs; by kind then name.")
    public Uni<List<@NonNull Intervention>> interventions(@Name("kind") @Description("Only this kind.") InterventionKind kind) {
        return service.interventions(kind);
    }

    @Query("recommendations")
    @NonNull
    @Description("Guideline recommendations matching a filter: by guideline, strongest first, for before against, then by intervention.")
    public Uni<List<@NonNull GuidelineRecommendation>> recommendations(
            @Name("filter") @Description("Criteria; all given must hold.") RecommendationFilterInput filter) {
        return service.recommendations(filter);
    }

    @Query("efficacyResults")
    @NonNull
    @Description("Results of (network) meta-analyses matching a filter, as the reviews report them: by outcome, time point, most "
            + "effective ranking group first, then by intervention.")
    public Uni<List<@NonNull EfficacyResult>> efficacyResults(
            @Name("filter") @Description("Criteria; all given must hold.") EfficacyFilterInput filter) {
        return service.efficacyResults(filter);
    }

    @Name("recommendations")
    @NonNull
    @Description("Guideline recommendations about the drug and (unless `includeClasses: false`) about its classes, by guideline, strongest first.")
    public Uni<List<@NonNull GuidelineRecommendation>> recommendationsOfDrug(@Source Drug drug,
            @Name("guideline") @Description("Only this guideline.") Guideline guideline,
            @Name("strength") @Description("Only this strength.") RecommendationStrength strength,
            @Name("direction") @Description("Only this direction.") RecommendationDirection direction,
            @Name("includeClasses") @DefaultValue("true") @Description("Also recommendations about the drug's class and parent classes; null counts as the default.") Boolean includeClasses) {
        boolean classes = !Boolean.FALSE.equals(includeClasses);
        return loaders.load(drug.pk(),
                ids -> service.recommendationsOfDrugs(ids, guideline, strength, direction, classes));
    }

    @Name("efficacy")
    @NonNull
    @Description("Results of (network) meta-analyses for the drug, per dose where the review separates doses: by outcome, time point, most effective first.")
    public Uni<List<@NonNull EfficacyResult>> efficacyOfDrug(@Source Drug drug,
            @Name("outcome") @Description("Only this outcome.") EfficacyOutcome outcome,
            @Name("timePoint") @Description("Only this time point.") TimePoint timePoint) {
        return loaders.load(drug.pk(),
                ids -> service.efficacyOfDrugs(ids, outcome, timePoint));
    }

    @Name("intervention")
    @NonNull
    @Description("The intervention recommended for or against.")
    public Uni<List<@NonNull Intervention>> interventionOfRecommendation(@Source List<GuidelineRecommendation> rows) {
        return service.interventionsByIds(rows.stream().map(GuidelineRecommendation::interventionId).toList());
    }

    @Name("intervention")
    @NonNull
    @Description("The intervention the result is for.")
    public Uni<List<@NonNull Intervention>> interventionOfResult(@Source List<EfficacyResult> rows) {
        return service.interventionsByIds(rows.stream().map(EfficacyResult::interventionId).toList());
    }

    @Name("drug")
    @Description("The drug, when the intervention is one drug of the knowledge base; null for classes and treatments that are not drugs.")
    public Uni<List<Drug>> drugOfIntervention(@Source List<Intervention> interventions) {
        return drugs.byIds(interventions.stream().map(Intervention::drugId).toList());
    }

    @Name("drugClass")
    @Description("The class, when the intervention is a class of drugs; null otherwise.")
    public Uni<List<DrugClass>> drugClassOfIntervention(@Source List<Intervention> interventions) {
        return service.drugClassesOf(interventions);
    }

    @Name("recommendations")
    @NonNull
    @Description("Guideline recommendations about the intervention, by guideline, strongest first.")
    public Uni<List<@NonNull List<@NonNull GuidelineRecommendation>>> recommendationsOfIntervention(@Source List<Intervention> interventions) {
        return service.recommendationsOfInterventions(interventions);
    }

    @Name("efficacyResults")
    @NonNull
    @Description("Meta-analysis results for the intervention, by outcome, time point, most effective first.")
    public Uni<List<@NonNull List<@NonNull EfficacyResult>>> efficacyOfIntervention(@Source List<Intervention> interventions) {
        return service.efficacyOfInterventions(interventions);
    }
}
