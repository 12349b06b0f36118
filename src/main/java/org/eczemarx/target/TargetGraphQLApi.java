package org.eczemarx.target;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.Selections;
import org.eczemarx.prefetch.Prefetches;

import io.smallrye.mutiny.Uni;

/** Target queries, target fields and the drug-target links both ways. */
@GraphQLApi
public class TargetGraphQLApi {

    private final TargetService service;
    private final Prefetches prefetches;

    TargetGraphQLApi(TargetService service, Prefetches prefetches) {
        this.service = service;
        this.prefetches = prefetches;
    }

    @Query("target")
    @Description("A target by HGNC symbol or a known alias (\"IL-4Rα\" finds IL4R); null when unknown; BAD_USER_INPUT naming the targets when an alias names several (\"PDE4\": PDE4A to PDE4D), which `drugs(filter: {target})` takes as all of them.")
    public Uni<Target> target(@NonNull @Name("symbol") @Description("HGNC symbol or alias, ignoring case, spaces and hyphens.") String symbol) {
        return service.findBySymbolOrAlias(symbol, prefetches.below(Target.class));
    }

    @Query("targets")
    @Description("All targets by symbol, one page at a time (Relay connection with totalCount).")
    public Uni<@NonNull TargetConnection> targets(
            @Name("first") @DefaultValue("50") @Description("Page size, 0 to 100.") Integer first,
            @Name("after") @Description("Cursor after which the page starts.") String after) {
        return service.page(first, after, Selections.selects("totalCount"), prefetches.below(Target.class, "nodes", "edges/node"));
    }

    @Name("aliases")
    @NonNull
    @Description("Other names: \"IL-4Rα\", \"CD124\".")
    public Uni<List<@NonNull List<@NonNull String>>> aliases(@Source List<Target> targets) {
        return service.aliases(targets);
    }

    @Name("drugs")
    @NonNull
    @Description("The drugs acting on this target and how, by drug name.")
    public Uni<List<@NonNull List<@NonNull DrugTarget>>> drugsOfTarget(@Source List<Target> targets) {
        return service.linksOfTargets(targets);
    }

    @Name("targets")
    @NonNull
    @Description("The targets the drug acts on and how, by symbol.")
    public Uni<List<@NonNull List<@NonNull DrugTarget>>> targetsOfDrug(@Source List<Drug> drugList) {
        return service.linksOfDrugs(drugList);
    }

    @Name("drug")
    @NonNull
    @Description("The drug.")
    public Uni<List<@NonNull Drug>> drugOfLink(@Source List<DrugTarget> links) {
        return service.drugsOfLinks(links);
    }

    @Name("target")
    @NonNull
    @Description("The target.")
    public Uni<List<@NonNull Target>> targetOfLink(@Source List<DrugTarget> links) {
        return service.targetsOfLinks(links);
    }
}
