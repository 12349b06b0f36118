package org.eczemarx.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.approval.Region;
import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.FieldLoaders;

import io.smallrye.mutiny.Uni;

/** A drug's boxed warnings and adverse effects. */
@GraphQLApi
public class SafetyGraphQLApi {

    private final SafetyService service;
    private final FieldLoaders loaders;

    SafetyGraphQLApi(SafetyService service, FieldLoaders loaders) {
        this.service = service;
        this.loaders = loaders;
    }

    @Name("boxedWarnings")
    @NonNull
    @Description("Boxed warnings of the drug's labels, per region (US labels only carry them).")
    public Uni<List<@NonNull BoxedWarning>> boxedWarnings(@Source Drug drug,
            @Name("region") @Description("Only this region.") Region region) {
        return loaders.load(drug.pk(), ids -> service.boxedWarnings(ids, region));
    }

    @Name("adverseEffects")
    @NonNull
    @Description("The most common and the serious adverse effects, serious first.")
    public Uni<List<@NonNull List<@NonNull AdverseEffect>>> adverseEffects(@Source List<Drug> drugs) {
        return service.adverseEffects(drugs);
    }
}
