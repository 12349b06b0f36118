package org.eczemarx.search;

import java.util.List;

/**
 * One row of {@code search_index} (db/V15) held in memory: a name of a node, what kind of name it is, and the forms the
 * ranking compares, computed once when the index is loaded.
 *
 * @param label     the node's own name, for ordering ties
 * @param shown     what a hit shows as {@code matchedText}
 * @param norm      {@code erx_norm} of the term
 * @param words     {@code erx_words} of the term (a pathway's or lab test's name also has "pathway" or "test")
 * @param stems     {@code erx_stems}, one per word
 * @param letters   {@link #letters} of the norm: a term with three letters the query lacks is not within two edits
 */
record IndexedTerm(SearchType type, long nodeId, MatchKind kind, String label, String shown, String norm, String[] words,
        String[] stems, int[] trigrams, long letters, String stemLine, boolean sentence, boolean primary, double weight) {

    static IndexedTerm of(SearchType type, long nodeId, MatchKind kind, String label, String shown, String norm,
            List<String> words, List<String> stems) {
        boolean sentence = (kind == MatchKind.FACT || kind == MatchKind.DESCRIPTION) && words.size() > 3;
        return new IndexedTerm(type, nodeId, kind, label, shown, norm, words.toArray(String[]::new),
                stems.toArray(String[]::new), Trigrams.of(norm), letters(norm), " " + String.join(" ", stems) + " ", sentence,
                kind == MatchKind.NAME || kind == MatchKind.SYMBOL, weight(kind));
    }

    /** Which letters and digits a normalised word has, one bit each (other characters share the last bit). */
    static long letters(String norm) {
        long letters = 0;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            letters |= 1L << (c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 63);
        }
        return letters;
    }

    /** Names rank above codes, vocabulary words, descriptions and facts that match as well. */
    private static double weight(MatchKind kind) {
        return switch (kind) {
            case CODE -> 0.98;
            case ABBREVIATION, TERM -> 0.95;
            case CONCEPT -> 0.9;
            case DESCRIPTION -> 0.8;
            case FACT -> 0.75;
            default -> 1;
        };
    }
}
