package org.eczemarx.source;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Approval;
import org.eczemarx.dosing.DoseAdjustment;
import org.eczemarx.dosing.DosingRegimen;
import org.eczemarx.dosing.UseLimit;
import org.eczemarx.drug.Brand;
import org.eczemarx.drug.Drug;
import org.eczemarx.evidence.EfficacyResult;
import org.eczemarx.evidence.GuidelineRecommendation;
import org.eczemarx.monitoring.MonitoringRequirement;
import org.eczemarx.pathway.ImmunePathway;
import org.eczemarx.safety.AdverseEffect;
import org.eczemarx.safety.BoxedWarning;
import org.eczemarx.safety.Contraindication;
import org.eczemarx.safety.DrugInteraction;
import org.eczemarx.safety.ReproductiveSafety;
import org.eczemarx.safety.RiskProgram;
import org.eczemarx.safety.VaccinationAdvice;
import org.eczemarx.target.DrugTarget;

import io.smallrye.mutiny.Uni;

/** The source of every fact type, batched. */
@GraphQLApi
public class SourceGraphQLApi {

    private final SourceService service;

    SourceGraphQLApi(SourceService service) {
        this.service = service;
    }

    @Name("sources")
    @NonNull
    @Description("Every document the drug's facts cite, by title.")
    public Uni<List<@NonNull List<@NonNull Source>>> sourcesOfDrug(@org.eclipse.microprofile.graphql.Source List<Drug> drugs) {
        return service.ofDrugs(drugs.stream().map(Drug::pk).toList());
    }

    @Name("sources")
    @NonNull
    @Description("Documents supporting this drug-target fact.")
    public Uni<List<@NonNull List<@NonNull Source>>> sourcesOfLink(@org.eclipse.microprofile.graphql.Source List<DrugTarget> links) {
        return of(links, DrugTarget::sourceId).map(sources -> sources.stream().map(List::of).toList());
    }

    @Name("source")
    @NonNull
    @Description("The document this approval is taken from.")
    public Uni<List<@NonNull Source>> sourceOfApproval(@org.eclipse.microprofile.graphql.Source List<Approval> rows) {
        return of(rows, Approval::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label this brand is taken from.")
    public Uni<List<@NonNull Source>> sourceOfBrand(@org.eclipse.microprofile.graphql.Source List<Brand> rows) {
        return of(rows, Brand::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label carrying this warning.")
    public Uni<List<@NonNull Source>> sourceOfBoxedWarning(@org.eclipse.microprofile.graphql.Source List<BoxedWarning> rows) {
        return of(rows, BoxedWarning::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The document reporting this effect.")
    public Uni<List<@NonNull Source>> sourceOfAdverseEffect(@org.eclipse.microprofile.graphql.Source List<AdverseEffect> rows) {
        return of(rows, AdverseEffect::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label or guideline requiring this check.")
    public Uni<List<@NonNull Source>> sourceOfRequirement(@org.eclipse.microprofile.graphql.Source List<MonitoringRequirement> rows) {
        return of(rows, MonitoringRequirement::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The review describing this pathway.")
    public Uni<List<@NonNull Source>> sourceOfPathway(@org.eclipse.microprofile.graphql.Source List<ImmunePathway> rows) {
        return of(rows, ImmunePathway::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The guideline making this recommendation.")
    public Uni<List<@NonNull Source>> sourceOfRecommendation(@org.eclipse.microprofile.graphql.Source List<GuidelineRecommendation> rows) {
        return of(rows, GuidelineRecommendation::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The review reporting this result.")
    public Uni<List<@NonNull Source>> sourceOfEfficacyResult(@org.eclipse.microprofile.graphql.Source List<EfficacyResult> rows) {
        return of(rows, EfficacyResult::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label setting this regimen.")
    public Uni<List<@NonNull Source>> sourceOfRegimen(@org.eclipse.microprofile.graphql.Source List<DosingRegimen> rows) {
        return of(rows, DosingRegimen::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label setting this dose change.")
    public Uni<List<@NonNull Source>> sourceOfDoseAdjustment(@org.eclipse.microprofile.graphql.Source List<DoseAdjustment> rows) {
        return of(rows, DoseAdjustment::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label (or, where labels are silent, the guideline) setting this limit.")
    public Uni<List<@NonNull Source>> sourceOfUseLimit(@org.eclipse.microprofile.graphql.Source List<UseLimit> rows) {
        return of(rows, UseLimit::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label stating this.")
    public Uni<List<@NonNull Source>> sourceOfContraindication(@org.eclipse.microprofile.graphql.Source List<Contraindication> rows) {
        return of(rows, Contraindication::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label stating this.")
    public Uni<List<@NonNull Source>> sourceOfReproductiveSafety(@org.eclipse.microprofile.graphql.Source List<ReproductiveSafety> rows) {
        return of(rows, ReproductiveSafety::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label stating this.")
    public Uni<List<@NonNull Source>> sourceOfVaccinationAdvice(@org.eclipse.microprofile.graphql.Source List<VaccinationAdvice> rows) {
        return of(rows, VaccinationAdvice::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label stating this interaction.")
    public Uni<List<@NonNull Source>> sourceOfInteraction(@org.eclipse.microprofile.graphql.Source List<DrugInteraction> rows) {
        return of(rows, DrugInteraction::sourceId);
    }

    @Name("source")
    @NonNull
    @Description("The label or regulator's document establishing it.")
    public Uni<List<@NonNull Source>> sourceOfRiskProgram(@org.eclipse.microprofile.graphql.Source List<RiskProgram> rows) {
        return of(rows, RiskProgram::sourceId);
    }

    private <T> Uni<List<Source>> of(List<T> rows, Function<T, Long> sourceId) {
        return service.byIds(rows.stream().map(sourceId).toList());
    }
}
