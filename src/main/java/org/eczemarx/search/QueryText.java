package org.eczemarx.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed, normalised as the database normalises the stored terms ({@code erx_norm}, {@code erx_words},
 * {@code erx_stems} of db/V4, V11 and V15): Greek letters spelled in Latin ("IL-4Rα" is "il4ra"), lower case, letters
 * and digits only; the words between other characters; each word's English stem.
 *
 * <p>Only text that is ASCII once the Greek letters are spelled is normalised here: other text needs PostgreSQL's
 * {@code unaccent} rules ("Ébglyss", "Ciclosporin ß"), so {@link #of} returns null and the query is searched in SQL.
 *
 * @param norm   {@code erx_norm}: the letters and digits, lower case
 * @param words  {@code erx_words}
 * @param stems  {@code erx_stems}, one per word
 */
record QueryText(String norm, List<String> words, List<String> stems) {

    private static final String GREEK = "αβγδκΑΒΓΔΚ";
    private static final String LATIN = "abgdkABGDK";
    /** Trademark and copyright signs, which names are printed with and erx_norm drops. */
    private static final String SIGNS = "®™©℠";

    /** The normalised text, or null when it holds characters only PostgreSQL's {@code unaccent} normalises. */
    static QueryText of(String text) {
        StringBuilder norm = new StringBuilder(text.length());
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SIGNS.indexOf(c) >= 0) {
                continue; // "Dupixent®": dropped, as erx_norm drops them (V33)
            }
            int greek = GREEK.indexOf(c);
            if (greek >= 0) {
                c = LATIN.charAt(greek);
            }
            if (c >= 0x80) {
                return null;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                norm.append(c);
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return new QueryText(norm.toString(), List.copyOf(words), words.stream().map(EnglishStems::stem).toList());
    }
}
