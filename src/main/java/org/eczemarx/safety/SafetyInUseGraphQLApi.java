package org.eczemarx.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.approval.Region;
import org.eczemarx.drug.Drug;
import org.eczemarx.drug.DrugService;
import org.eczemarx.graphql.FieldLoaders;
import org.eczemarx.monitoring.MonitoringPlan;

import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;

/** Safety in use: contraindications, pregnancy and breastfeeding, vaccination, interactions, risk programmes. */
@GraphQLApi
public class SafetyInUseGraphQLApi {

    private final SafetyInUseService service;
    private final DrugService drugs;
    private final FieldLoaders loaders;

    SafetyInUseGraphQLApi(SafetyInUseService service, DrugService drugs, FieldLoaders loaders) {
        this.service = service;
        this.drugs = drugs;
        this.loaders = loaders;
    }

    @Query("regimenInteractions")
    @NonNull
    @Description("The labelled interactions of a regimen: between its drugs (linked, or named by drug or class in the label), and with "
            + "other drugs and classes. Name the drugs by ID, by name, or both.")
    public Uni<@NonNull RegimenInteractions> regimenInteractions(
            @Nullable @Id @Name("drugIds") @DefaultValue("[]") @Description("IDs of the regimen's drugs.") List<@NonNull String> drugIds,
            @Nullable @Name("drugNames") @DefaultValue("[]") @Description("Names of the regimen's drugs: INN, synonym or brand (\"Rinvoq\", \"ciclosporin\").") List<@NonNull String> drugNames,
            @Name("region") @Description("Only this region's labels.") Region region) {
        return service.regimen(drugIds, drugNames)
                .chain(regimen -> service.interactionsOf(List.of(regimen), region))
                .map(all -> all.get(0));
    }

    @Name("interactions")
    @NonNull
    @Description("The labelled interactions of the plan's drugs: between them, and with other drugs and classes.")
    public Uni<@NonNull RegimenInteractions> interactionsOfPlan(@Source MonitoringPlan plan,
            @Name("region") @Description("Only this region's labels.") Region region) {
        return loaders.load(plan,
                plans -> service.interactionsOf(plans.stream().map(MonitoringPlan::getDrugs).toList(), region));
    }

    @Name("contraindications")
    @NonNull
    @Description("When the labels say not to use the drug, not to recommend it, or to use it with caution: by region, strictest first. Pregnancy and breastfeeding are in `reproductiveSafety` (the `contraindicatedIn` filter of `drugs` reads both).")
    public Uni<List<@NonNull Contraindication>> contraindications(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region,
            @Name("population") @Description("Only this population.") ContraindicationPopulation population,
            @Name("severity") @Description("Only rows at least this strict: CONTRAINDICATED alone, NOT_RECOMMENDED with CONTRAINDICATED, CAUTION (all).") ContraindicationSeverity severity) {
        return loaders.load(drug.pk(),
                ids -> service.contraindications(ids, region, population, severity));
    }

    @Name("reproductiveSafety")
    @NonNull
    @Description("What the labels say about pregnancy, breastfeeding, contraception and fertility, by region then topic.")
    public Uni<List<@NonNull ReproductiveSafety>> reproductiveSafety(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region,
            @Name("topic") @Description("Only this topic.") ReproductiveTopic topic) {
        return loaders.load(drug.pk(),
                ids -> service.reproductiveSafety(ids, region, topic));
    }

    @Name("vaccination")
    @NonNull
    @Description("What the labels say about vaccination before and during treatment, by region; empty when no curated label speaks of vaccination (most topicals), which is not a statement that vaccination is unrestricted.")
    public Uni<List<@NonNull VaccinationAdvice>> vaccination(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region) {
        return loaders.load(drug.pk(), ids -> service.vaccination(ids, region));
    }

    @Name("interactions")
    @NonNull
    @Description("Key labelled interactions with other drugs and classes, by region, strictest first.")
    public Uni<List<@NonNull DrugInteraction>> interactions(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region,
            @Name("management") @Description("Only interactions managed this way.") InteractionManagement management) {
        return loaders.load(drug.pk(),
                ids -> service.interactions(ids, region, management));
    }

    @Name("riskPrograms")
    @NonNull
    @Description("Risk-management programmes and regulatory restrictions of use, by region.")
    public Uni<List<@NonNull RiskProgram>> riskPrograms(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region) {
        return loaders.load(drug.pk(), ids -> service.riskPrograms(ids, region));
    }

    @Name("drug")
    @NonNull
    @Description("The drug whose label states the interaction.")
    public Uni<List<@NonNull Drug>> drugOfInteraction(@Source List<DrugInteraction> interactions) {
        return drugs.byIds(interactions.stream().map(DrugInteraction::drugId).toList());
    }

    @Name("interactingDrug")
    @Description("The other drug, when it is in the knowledge base; null for classes (\"strong CYP3A4 inhibitors\") and drugs outside it.")
    public Uni<List<Drug>> interactingDrug(@Source List<DrugInteraction> interactions) {
        return drugs.byIds(interactions.stream().map(DrugInteraction::interactingDrugId).toList());
    }
}
