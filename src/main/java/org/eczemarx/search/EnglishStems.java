package org.eczemarx.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.tartarus.snowball.ext.EnglishStemmer;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * English stems as PostgreSQL's {@code english_stem} dictionary makes them for {@code erx_stems}: Snowball's English
 * stemmer (Lucene's copy of it), and a stop word is kept as it is ({@code ts_lexize} returns nothing for one, and
 * {@code erx_stems} then keeps the word). The stop words are PostgreSQL's {@code english.stop}.
 * {@code TermIndexTest} compares both with the database for every word the search index holds. Snowball finds some of
 * its methods by method handles: registered for reflection in a native image.
 */
@RegisterForReflection(targets = EnglishStemmer.class, methods = true)
final class EnglishStems {

    private static final Set<String> STOP_WORDS = readStopWords();

    private EnglishStems() {
    }

    /** Whether {@code ts_lexize('english_stem', word)} is empty: a stop word. */
    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** The stem of a lower-case word as {@code erx_stems} has it. */
    static String stem(String word) {
        if (STOP_WORDS.contains(word)) {
            return word;
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static Set<String> readStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = EnglishStems.class.getResourceAsStream("/search/english.stop")) {
            if (in == null) {
                throw new IllegalStateException("search/english.stop is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
