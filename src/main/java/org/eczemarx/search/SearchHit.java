package org.eczemarx.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;

/** One ranked search result. */
@Description("One search result: the object, the name that matched, what kind of name it was, and a score.")
public record SearchHit(
        @NonNull @Description("The object found.") Node node,
        @NonNull @Description("The name that matched, as stored (e.g. the brand \"Rinvoq\" for the drug upadacitinib); for `FACT` and `DESCRIPTION` matches the fact or description that matched.") String matchedText,
        @NonNull @Description("Which kind of name matched.") MatchKind matchedOn,
        @NonNull @Description("Relevance from 0 to 1: 1 exact, 0.9 the same words but for English endings (\"platelets\" for \"platelet\"), about 0.8 prefix, 0.75 whole words, 0.7 word prefixes, 0.6 substring (of 5 characters or more), 0.4 to 0.65 the query contains the name or some of its words, below 0.55 typo-tolerant (fuzzy) matches; then times 0.98 for codes, 0.95 for abbreviations and terms, 0.9 for concepts, 0.8 for descriptions and 0.75 for facts. Exact matches always rank above fuzzy ones.") double score) {
}
