package org.eczemarx.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The in-memory index ranks exactly as the SQL statement does: for every realistic input of the search-quality sets
 * and the benchmark, and for prefixes, typos and words of every stored term, both give the same nodes, names, kinds,
 * scores and order (50 hits, all types and some type subsets). Also the parts PostgreSQL computes for the stored terms
 * and the in-memory index computes for the query: trigram similarity, English stems, stop words.
 */
@QuarkusTest
class TermIndexTest {

    private static final List<Set<SearchType>> TYPE_SETS = List.of(EnumSet.allOf(SearchType.class),
            EnumSet.of(SearchType.DRUG), EnumSet.of(SearchType.TARGET, SearchType.LAB_TEST),
            EnumSet.of(SearchType.DRUG_CLASS, SearchType.PATHWAY));

    @Test
    void ranksAsTheStatementDoes() throws Exception {
        TermIndex index;
        List<String> queries = new ArrayList<>();
        List<Set<SearchType>> types = new ArrayList<>();
        try (Connection connection = TestDatabase.connect()) {
            index = load(connection);
            assertThat(index.size()).isGreaterThan(500);
            List<String> all = queries(connection);
            for (int i = 0; i < all.size(); i++) {
                if (QueryText.of(all.get(i)) != null) {
                    queries.add(all.get(i));
                    types.add(TYPE_SETS.get(i % 7 == 0 ? (i / 7) % TYPE_SETS.size() : 0));
                }
            }
        }
        List<List<Match>> inSql = inSql(queries, types);
        for (int i = 0; i < queries.size(); i++) {
            assertThat(shown(index.rank(QueryText.of(queries.get(i)), types.get(i), 50)))
                    .as("hits for \"%s\" of %s", queries.get(i), types.get(i))
                    .isEqualTo(shown(inSql.get(i)));
        }
        System.out.printf("TermIndexTest: %d queries ranked alike in memory and in SQL%n", queries.size());
        assertThat(queries.size()).isGreaterThan(1000);
    }

    /** The statement's hits for each query, on two connections at once (PostgreSQL does the work; the suite waits). */
    private static List<List<Match>> inSql(List<String> queries, List<Set<SearchType>> types) throws Exception {
        int connections = 2;
        List<List<Match>> hits = new ArrayList<>(Collections.nCopies(queries.size(), List.<Match> of()));
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int part = 0; part < connections; part++) {
                int first = part;
                parts.add(pool.submit(() -> {
                    try (Connection connection = TestDatabase.connect()) {
                        for (int i = first; i < queries.size(); i += connections) {
                            hits.set(i, statement(connection, queries.get(i), types.get(i)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> part : parts) {
                part.get(); // also makes the other threads' writes visible here
            }
        } finally {
            pool.shutdownNow();
        }
        return hits;
    }

    @Test
    void trigramSimilarityIsPgTrgms() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select a.norm, b.norm, similarity(a.norm, b.norm)
                        from (select norm from search_index group by norm order by norm limit 60) a,
                             (select norm from search_index group by norm order by length(norm), norm limit 60) b""")) {
            int compared = 0;
            while (rows.next()) {
                float expected = rows.getFloat(3);
                assertThat(Trigrams.similarity(Trigrams.of(rows.getString(1)), Trigrams.of(rows.getString(2))))
                        .as("similarity(%s, %s)", rows.getString(1), rows.getString(2)).isEqualTo(expected);
                compared++;
            }
            assertThat(compared).isEqualTo(3600);
        }
        assertThat(Trigrams.similarity(Trigrams.of("dupilumab"), Trigrams.of("dupilimab"))).isEqualTo(0.53846157f);
        assertThat(Trigrams.similarity(Trigrams.of(""), Trigrams.of("a"))).isZero();
    }

    @Test
    void stemsAndStopWordsArePostgresEnglishStem() throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select w, coalesce((ts_lexize('english_stem', w))[1], w), ts_lexize('english_stem', w) = '{}'
                        from (select distinct unnest(erx_words(term)) as w from search_index
                              union select unnest(erx_words('the and of with for a an to in on not no is are was were '
                                  || 'running itching platelets lipids steroids biologics injections infections generalized'))) words""")) {
            int compared = 0;
            while (rows.next()) {
                String word = rows.getString(1);
                assertThat(EnglishStems.stem(word)).as("stem of %s", word).isEqualTo(rows.getString(2));
                assertThat(EnglishStems.isStopWord(word)).as("%s is a stop word", word).isEqualTo(rows.getBoolean(3));
                compared++;
            }
            assertThat(compared).isGreaterThan(500);
        }
    }

    @Test
    void queryTextIsNormalisedAsTheDatabaseDoes() throws SQLException {
        for (String typed : List.of("IL-4Rα", "  Rinvoq ", "black-box warnings", "JAK1/JAK2", "Th2 cells", "5-ASA", "x")) {
            QueryText text = QueryText.of(typed);
            try (Connection connection = TestDatabase.connect(); var statement = connection.prepareStatement(
                    "select erx_norm(?), erx_words(?), erx_stems(?)")) {
                statement.setString(1, typed);
                statement.setString(2, typed);
                statement.setString(3, typed);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    assertThat(text.norm()).isEqualTo(row.getString(1));
                    assertThat(text.words()).isEqualTo(strings(row.getArray(2)));
                    assertThat(text.stems()).isEqualTo(strings(row.getArray(3)));
                }
            }
        }
        assertThat(QueryText.of("Ébglyss")).as("needs unaccent: searched in SQL").isNull();
    }

    private static TermIndex load(Connection connection) throws SQLException {
        List<IndexedTerm> terms = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select node_type, node_id, kind, label, shown, norm, words, stems from search_index")) {
            while (rows.next()) {
                terms.add(IndexedTerm.of(SearchType.valueOf(rows.getString(1)), rows.getLong(2), MatchKind.valueOf(rows.getString(3)),
                        rows.getString(4), rows.getString(5), rows.getString(6), strings(rows.getArray(7)), strings(rows.getArray(8))));
            }
        }
        return new TermIndex(terms);
    }

    /** Realistic inputs, then prefixes, typos and words of every stored term. */
    private static List<String> queries(Connection connection) throws SQLException, IOException {
        Set<String> queries = new LinkedHashSet<>();
        for (String file : List.of("queries.psv", "queries-fresh.psv", "queries-curated.psv")) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    TermIndexTest.class.getResourceAsStream("/search/" + file), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        queries.add(line.split(" \\| ", 3)[1]);
                    }
                }
            }
        }
        queries.addAll(List.of("dupi", "rinvo", "FK5", "upadacitnib", "black box", "live vacc", "liver", "TB", "JAK", "il 13",
                "tacro", "lipid", "prurigo", "calcineurin", "hydrocort", "nemolizumab", "pregnancy", "eczema", "itch"));
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select distinct term from search_index order by term")) {
            int n = 0;
            while (rows.next()) {
                String term = rows.getString(1);
                n++;
                if (n % 3 == 0) {
                    queries.add(term);
                }
                if (n % 3 == 1 && term.length() > 4) {
                    queries.add(term.substring(0, 3));
                    queries.add(term.substring(0, 5));
                }
                if (n % 3 == 2 && term.length() > 5) {
                    queries.add(term.substring(0, 2) + term.substring(3)); // a letter left out
                    queries.add(term.substring(0, 4) + term.charAt(5) + term.charAt(4) + term.substring(6)); // two swapped
                    queries.add(term.split(" ")[0] + " " + term.substring(term.length() / 2));
                }
            }
        }
        queries.removeIf(q -> q.isBlank() || q.length() > SearchService.MAX_QUERY_LENGTH);
        return new ArrayList<>(queries);
    }

    private static List<Match> statement(Connection connection, String query, Set<SearchType> types) throws SQLException {
        String sql = SqlSearch.SQL.replace(":query", "'" + query.replace("'", "''") + "'")
                .replace(":types", types.stream().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ")))
                .replace(":limit", "50");
        List<Match> matches = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                matches.add(new Match(SearchType.valueOf(rows.getString(1)), rows.getLong(2), rows.getString(3),
                        MatchKind.valueOf(rows.getString(4)), rows.getDouble(5)));
            }
        }
        return matches;
    }

    /** What a client sees of each match: the node, the name, its kind and the score it is shown. */
    private static List<String> shown(List<Match> matches) {
        return matches.stream().map(m -> m.type() + ":" + m.nodeId() + " " + m.kind() + " " + m.shown() + " "
                + Math.round(m.score() * 1000) / 1000.0).toList();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
