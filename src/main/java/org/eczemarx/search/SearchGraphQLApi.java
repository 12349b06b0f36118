package org.eczemarx.search;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;

/** Search across everything that has a name. */
@GraphQLApi
public class SearchGraphQLApi {

    private final SearchService service;

    SearchGraphQLApi(SearchService service) {
        this.service = service;
    }

    @Query("search")
    @NonNull
    @Description("Ranked, typo-tolerant search over drugs (INN, synonyms and research codes, brands of every region), classes, targets (symbol, aliases, name), lab tests (name, code, what they measure) and pathways, with a sourced vocabulary of clinical words, abbreviations and concepts (\"LFT\", \"platelets\", \"steroids\", \"itch\", \"type 2 inflammation\"); drugs are also found through their facts (\"eczema\": approved for atopic dermatitis; \"black box\": a boxed warning; \"pregnancy\": contraindicated or to avoid). Ignores case, accents, spaces, hyphens and English plural endings; prefixes work for autocomplete; ambiguous names return every candidate.")
    public Uni<List<@NonNull SearchHit>> search(
            @NonNull @Name("query") @Description("What the user typed: \"rinv\", \"dupilimab\", \"IL-4Rα\", \"liver\", \"lipids\", \"black box\" (1 to 200 characters).") String query,
            @Nullable @Name("types") @Description("Only these kinds of objects; all when omitted or empty.") List<@NonNull SearchType> types,
            @Name("first") @DefaultValue("10") @Description("How many hits, 1 to 50.") Integer first) {
        return service.search(query, types, first);
    }
}
