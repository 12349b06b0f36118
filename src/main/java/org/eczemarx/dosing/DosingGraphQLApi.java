package org.eczemarx.dosing;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.approval.ApprovalService;
import org.eczemarx.approval.Condition;
import org.eczemarx.approval.ConditionCode;
import org.eczemarx.approval.Region;
import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.FieldLoaders;

import io.smallrye.mutiny.Uni;

/** A drug's labelled regimens, dose adjustments and limits of use. */
@GraphQLApi
public class DosingGraphQLApi {

    private final DosingService service;
    private final ApprovalService approvals;
    private final FieldLoaders loaders;

    DosingGraphQLApi(DosingService service, ApprovalService approvals, FieldLoaders loaders) {
        this.service = service;
        this.approvals = approvals;
        this.loaders = loaders;
    }

    @Name("dosing")
    @NonNull
    @Description("Regimens as labelled, per region, condition and population (adults first, then younger or lighter patients), by region then condition.")
    public Uni<List<@NonNull DosingRegimen>> dosing(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region,
            @Name("condition") @Description("Only this condition.") ConditionCode condition) {
        return loaders.load(drug.pk(),
                ids -> service.regimens(ids, region, condition));
    }

    @Name("doseAdjustments")
    @NonNull
    @Description("Labelled dose changes (interacting drugs, kidney or liver impairment, age, response), by region then circumstance.")
    public Uni<List<@NonNull DoseAdjustment>> doseAdjustments(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region,
            @Name("circumstance") @Description("Only this circumstance.") DoseCircumstance circumstance) {
        return loaders.load(drug.pk(),
                ids -> service.adjustments(ids, region, circumstance));
    }

    @Name("useLimits")
    @NonNull
    @Description("Limits of use (duration, amount, body surface, occlusion, sites), by region then kind; empty for drugs whose labels set none.")
    public Uni<List<@NonNull UseLimit>> useLimits(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region,
            @Name("kind") @Description("Only this kind of limit.") UseLimitKind kind) {
        return loaders.load(drug.pk(), ids -> service.useLimits(ids, region, kind));
    }

    @Name("condition")
    @NonNull
    @Description("The condition the regimen is labelled for.")
    public Uni<List<@NonNull Condition>> condition(@Source List<DosingRegimen> regimens) {
        return approvals.conditionsByIds(regimens.stream().map(DosingRegimen::conditionId).toList());
    }
}
