package org.eczemarx.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The search index in memory: every row of {@code search_index}, ranked for a query exactly as {@link SqlSearch}'s
 * statement ranks them in PostgreSQL (the same candidates, scores and order; {@code TermIndexTest} compares both over
 * thousands of inputs). Candidates are the terms that contain the query or one of its stems (3 characters or more),
 * that the query contains, that are within two edits of it (4 characters or more), or that share enough of its
 * trigrams (pg_trgm's {@code %}); each is scored by the first rule it meets, from exact (1.0) to fuzzy (below 0.55),
 * then weighted by the kind of name; a node keeps its best term.
 */
final class TermIndex {

    /** pg_trgm's {@code similarity_threshold}, the {@code %} operator's. */
    private static final double TRIGRAM_CANDIDATE = 0.3;
    private static final double TRIGRAM_SCORED = 0.45;
    private static final LevenshteinDistance WITHIN_TWO = new LevenshteinDistance(2);
    private static final int[] NONE = new int[0];

    private static final Comparator<Ranked> BEST_OF_NODE = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(r -> !r.term().primary())
            .thenComparing(r -> r.term().shown());

    private static final Comparator<Ranked> ORDER = Comparator.comparingDouble(Ranked::score).reversed()
            .thenComparing(r -> !r.term().primary())
            .thenComparing(r -> r.term().type().name())
            .thenComparing(r -> r.term().label())
            .thenComparingLong(r -> r.term().nodeId());

    /** A term that matched, and its score. */
    private record Ranked(IndexedTerm term, double score) {
    }

    private final List<IndexedTerm> terms;
    /** For each trigram, the positions in {@link #terms} of the terms that have it. */
    private final Map<Integer, int[]> termsByTrigram;

    TermIndex(List<IndexedTerm> terms) {
        this.terms = List.copyOf(terms);
        Map<Integer, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < this.terms.size(); i++) {
            for (int trigram : this.terms.get(i).trigrams()) {
                positions.computeIfAbsent(trigram, t -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, int[]> byTrigram = new HashMap<>();
        positions.forEach((trigram, list) -> byTrigram.put(trigram, list.stream().mapToInt(Integer::intValue).toArray()));
        this.termsByTrigram = byTrigram;
    }

    int size() {
        return terms.size();
    }

    /** The best {@code limit} nodes of the given types for the query, best first. */
    List<Match> rank(QueryText query, Set<SearchType> types, int limit) {
        if (query.norm().isEmpty() || query.words().isEmpty()) {
            return List.of();
        }
        Query q = new Query(query);
        int[] common = commonTrigrams(q.trigrams);
        Map<Long, Ranked> bestByNode = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            IndexedTerm term = terms.get(i);
            if (!types.contains(term.type())) {
                continue;
            }
            double score = q.score(term, common[i]);
            if (Double.isNaN(score)) {
                continue;
            }
            Ranked ranked = new Ranked(term, score);
            long node = (long) term.type().ordinal() << 56 | term.nodeId();
            Ranked before = bestByNode.get(node);
            if (before == null || BEST_OF_NODE.compare(ranked, before) < 0) {
                bestByNode.put(node, ranked);
            }
        }
        List<Ranked> ranked = new ArrayList<>(bestByNode.values());
        ranked.sort(ORDER);
        List<Match> matches = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            IndexedTerm t = r.term();
            matches.add(new Match(t.type(), t.nodeId(), t.shown(), t.kind(), r.score()));
        }
        return matches;
    }

    /** For each term, how many trigrams it shares with the query. */
    private int[] commonTrigrams(int[] queryTrigrams) {
        int[] common = new int[terms.size()];
        for (int trigram : queryTrigrams) {
            for (int term : termsByTrigram.getOrDefault(trigram, NONE)) {
                common[term]++;
            }
        }
        return common;
    }

    /** A query with what every comparison needs computed once. */
    private static final class Query {

        private final String norm;
        private final String[] words;
        private final String[] stems;
        private final boolean[] meaningful;
        private final List<String> longStems = new ArrayList<>();
        private final int[] trigrams;
        private final long letters;
        private final String stemLine;

        Query(QueryText text) {
            norm = text.norm();
            words = text.words().toArray(String[]::new);
            stems = text.stems().toArray(String[]::new);
            meaningful = new boolean[words.length];
            for (int i = 0; i < words.length; i++) {
                meaningful[i] = words[i].length() >= 3 && !EnglishStems.isStopWord(words[i]);
                if (stems[i].length() >= 3) {
                    longStems.add(stems[i]);
                }
            }
            trigrams = Trigrams.of(norm);
            letters = IndexedTerm.letters(norm);
            stemLine = " " + String.join(" ", stems) + " ";
        }

        /**
         * The term's score for this query, or NaN when it is no candidate or meets no rule; {@code common} is the number
         * of trigrams the term shares with the query.
         */
        double score(IndexedTerm t, int common) {
            String c = t.norm();
            float similarity = Trigrams.similarity(t.trigrams().length, trigrams.length, common);
            boolean containsQuery = c.contains(norm);
            if (similarity < TRIGRAM_CANDIDATE && !containsQuery && !(c.length() >= 2 && norm.contains(c))
                    && !containsLongStem(c) && distance(t, common) < 0) {
                return Double.NaN;
            }
            return rule(t, common, containsQuery, similarity) * t.weight();
        }

        /** The first rule the candidate meets; the edit distance is computed only when the fuzzy rule is reached. */
        private double rule(IndexedTerm t, int common, boolean containsQuery, float similarity) {
            String c = t.norm();
            if (c.equals(norm)) {
                return 1.0;
            }
            if (Arrays.equals(t.stems(), stems)) {
                return 0.9;
            }
            if (c.startsWith(norm) && !t.sentence()) {
                return (double) (8 * c.length() + norm.length()) / (10.0 * c.length());
            }
            if (allStemsIn(t.stems())) {
                return 0.75;
            }
            int matchedLength = 0;
            boolean everyWord = true;
            for (int i = 0; i < words.length; i++) {
                boolean matched = contains(t.stems(), stems[i]) || anyStartsWith(t.words(), words[i]);
                everyWord &= matched;
                if (matched && meaningful[i]) {
                    matchedLength += words[i].length();
                }
            }
            if (everyWord) {
                return 0.7;
            }
            if (norm.length() >= 5 && containsQuery && !t.sentence()) {
                return 0.6;
            }
            if (c.length() >= 2 && t.stems().length > 0 && stemLine.contains(t.stemLine())) {
                return (double) (4 * norm.length() + 3 * c.length()) / (10.0 * norm.length());
            }
            if (matchedLength > 0) {
                return (double) (35 * norm.length() + 30 * matchedLength) / (100.0 * norm.length());
            }
            double fuzzy = Double.NaN;
            int distance = distance(t, common);
            if (distance >= 0 && distance <= (norm.length() >= 8 ? 2 : 1)) {
                fuzzy = (55 - 5 * distance) / 100.0;
            }
            if (similarity >= TRIGRAM_SCORED) {
                double bySimilarity = 0.5 * similarity;
                fuzzy = Double.isNaN(fuzzy) ? bySimilarity : Math.max(fuzzy, bySimilarity);
            }
            return fuzzy;
        }

        /**
         * The edit distance to the query when it is at most 2 and the query has 4 characters or more, else -1. An edit
         * changes at most three of a word's trigrams and brings in or takes out at most one letter, so a term within two
         * edits shares all but six of the query's trigrams and lacks at most two of its letters.
         */
        private int distance(IndexedTerm t, int common) {
            String c = t.norm();
            if (norm.length() < 4 || Math.abs(c.length() - norm.length()) > 2 || common < trigrams.length - 6
                    || Long.bitCount(letters & ~t.letters()) > 2 || Long.bitCount(t.letters() & ~letters) > 2) {
                return -1;
            }
            return WITHIN_TWO.apply(c, norm);
        }

        private boolean containsLongStem(String c) {
            for (String stem : longStems) {
                if (c.contains(stem)) {
                    return true;
                }
            }
            return false;
        }

        private boolean allStemsIn(String[] termStems) {
            for (String stem : stems) {
                if (!contains(termStems, stem)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean contains(String[] values, String value) {
            for (String v : values) {
                if (v.equals(value)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean anyStartsWith(String[] values, String prefix) {
            for (String v : values) {
                if (v.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
