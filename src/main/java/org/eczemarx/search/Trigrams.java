package org.eczemarx.search;

import java.util.Arrays;

/**
 * pg_trgm's {@code similarity} for the normalised terms of search (lower-case letters and digits, one word): the word
 * padded with two spaces before and one after, its distinct three-character sequences, and the share of them two words
 * have in common (common / union, in single precision as pg_trgm computes it). {@code TrigramsTest} compares it with
 * the database's {@code similarity()}.
 */
final class Trigrams {

    private static final int[] NONE = new int[0];

    private Trigrams() {
    }

    /** The sorted, distinct trigrams of a normalised word, each packed in an int (three 10-bit characters). */
    static int[] of(String word) {
        if (word.isEmpty()) {
            return NONE;
        }
        String padded = "  " + word + " ";
        int[] grams = new int[padded.length() - 2];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = pack(padded.charAt(i), padded.charAt(i + 1), padded.charAt(i + 2));
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[distinct++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    /** pg_trgm's {@code similarity(a, b)} of two words given by {@link #of}. */
    static float similarity(int[] a, int[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return similarity(a.length, b.length, common);
    }

    /** pg_trgm's similarity of two words with {@code a} and {@code b} distinct trigrams, {@code common} of them shared. */
    static float similarity(int a, int b, int common) {
        if (a == 0 || b == 0) {
            return 0f;
        }
        return (float) common / (float) (a + b - common);
    }

    private static int pack(char a, char b, char c) {
        return (a & 0x3ff) << 20 | (b & 0x3ff) << 10 | (c & 0x3ff);
    }
}
