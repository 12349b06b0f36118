package org.eczemarx.drug;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.approval.Region;
import org.eczemarx.graphql.FieldLoaders;
import org.eczemarx.graphql.Selections;
import org.eczemarx.prefetch.Prefetches;

import io.smallrye.mutiny.Uni;

/** Drug queries and the drug's own fields. */
@GraphQLApi
public class DrugGraphQLApi {

    private final DrugService service;
    private final FieldLoaders loaders;
    private final Prefetches prefetches;

    DrugGraphQLApi(DrugService service, FieldLoaders loaders, Prefetches prefetches) {
        this.service = service;
        this.loaders = loaders;
        this.prefetches = prefetches;
    }

    @Query("drug")
    @Description("A drug by exact INN, synonym or brand name (any region); case-, space-, hyphen- and accent-insensitive. Null when unknown.")
    public Uni<Drug> drug(@NonNull @Name("name") @Description("\"Rinvoq\", \"ciclosporin\", \"upadacitinib\" ...") String name) {
        return service.findByName(name, prefetches.below(Drug.class));
    }

    @Query("drugs")
    @Description("Drugs matching a filter, one page at a time (Relay connection with totalCount).")
    public Uni<@NonNull DrugConnection> drugs(
            @Name("filter") @Description("Criteria; all given must hold.") DrugFilterInput filter,
            @Name("orderBy") @DefaultValue("NAME_ASC") @Description("Order of the drugs.") DrugOrder orderBy,
            @Name("first") @DefaultValue("20") @Description("Page size, 0 to 100.") Integer first,
            @Name("after") @Description("Cursor after which the page starts, from an answer to the same `filter` and `orderBy` (another's is BAD_USER_INPUT).") String after) {
        return service.page(filter, orderBy, first, after, Selections.selects("totalCount"), prefetches.below(Drug.class, "nodes", "edges/node"));
    }

    @Name("synonyms")
    @NonNull
    @Description("Other names: INN/USAN spellings (\"ciclosporin\", \"cyclosporin A\") and research codes.")
    public Uni<List<@NonNull List<@NonNull String>>> synonyms(@Source List<Drug> drugs) {
        return service.synonyms(drugs);
    }

    @Name("routes")
    @NonNull
    @Description("How the drug is given; a drug can have several routes.")
    public Uni<List<@NonNull List<@NonNull Route>>> routes(@Source List<Drug> drugs) {
        return service.routes(drugs);
    }

    @Name("brands")
    @NonNull
    @Description("Brand names, per region.")
    public Uni<List<@NonNull Brand>> brands(@Source Drug drug,
            @Name("region") @Description("Only brands of this region.") Region region) {
        return loaders.load(drug.pk(), ids -> service.brands(ids, region));
    }
}
