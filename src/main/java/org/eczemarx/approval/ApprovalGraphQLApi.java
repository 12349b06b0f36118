package org.eczemarx.approval;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.FieldLoaders;

import io.smallrye.mutiny.Uni;

/** A drug's approvals, per region and condition. */
@GraphQLApi
public class ApprovalGraphQLApi {

    private final ApprovalService service;
    private final FieldLoaders loaders;

    ApprovalGraphQLApi(ApprovalService service, FieldLoaders loaders) {
        this.service = service;
        this.loaders = loaders;
    }

    @Name("approvals")
    @NonNull
    @Description("Regulatory decisions, one per region and condition (at least US and EU for atopic dermatitis), by region then condition. Outside the US and the EU approvals are curated only in part: no row there is not a 'not approved' (see `Region`).")
    public Uni<List<@NonNull Approval>> approvals(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region,
            @Name("condition") @Description("Only this condition.") ConditionCode condition) {
        return loaders.load(drug.pk(),
                ids -> service.ofDrugs(ids, region, condition));
    }

    @Name("condition")
    @NonNull
    @Description("The condition decided on.")
    public Uni<List<@NonNull Condition>> condition(@Source List<Approval> approvals) {
        return service.conditionsOf(approvals);
    }
}
