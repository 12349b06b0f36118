package org.eczemarx.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;

/** One ranked search result. */
@Description("One search result: the object, the name that matched, what kind of name it was, and a score.")
public record SearchHit(
        @NonNull @Description("The object found.") Node node,
        @NonNull @Description("The name that matched, as stored (e.g. the brand \"Rinvoq\" for the drug upadacitinib).") String matchedText,
        @NonNull @Description("Which kind of name matched.") MatchKind matchedOn,
        @NonNull @Description("Relevance from 0 to 1: 1 exact, about 0.8 prefix, 0.7 word prefix, 0.6 substring, below 0.6 typo-tolerant (fuzzy) matches. Exact matches always rank above fuzzy ones.") double score) {
}
