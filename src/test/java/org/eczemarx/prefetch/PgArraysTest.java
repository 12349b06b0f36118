package org.eczemarx.prefetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;

/**
 * PostgreSQL writes the text arrays a prefetch reads; these texts, with whatever the curated data may hold (quotes,
 * backslashes, braces, commas, the word NULL, empty strings, line breaks, Greek letters), nested as a prefetch nests
 * them, read back as exactly the values PostgreSQL was given.
 */
@QuarkusTest
class PgArraysTest {

    private static final List<String> AWKWARD = Arrays.asList("plain", "", "NULL", "null", null, "a,b", "{braced}", "}",
            "say \"no\"", "back\\slash", "\\\"", " leading and trailing ", "two\nlines", "IL-4Rα", "tab\there", "'single'");

    @Inject
    Pool pool;

    @Test
    void oneDimensionReadsBackEveryValue() {
        String text = text("select $1::text[]::text", Tuple.of(AWKWARD.toArray(new String[0])));
        assertThat(PgArrays.elements(text)).containsExactlyElementsOf(AWKWARD);
    }

    @Test
    void twoDimensionsAndNestingReadBackEveryValue() {
        // As a prefetch builds a list of rows: one row per value, each with the value and a nested list of the value
        // twice (itself a two-dimensional text, quoted again inside the outer one).
        String text = text("""
                select array(select array[v, array(select array[v, v] from generate_series(1, 2))::text]
                             from unnest($1::text[]) with ordinality as u(v, n) order by n)::text
                """, Tuple.of(AWKWARD.toArray(new String[0])));
        List<String[]> rows = PgArrays.rows(text);
        assertThat(rows).hasSize(AWKWARD.size());
        for (int i = 0; i < rows.size(); i++) {
            String value = AWKWARD.get(i);
            assertThat(rows.get(i)[0]).isEqualTo(value);
            List<String[]> nested = PgArrays.rows(rows.get(i)[1]);
            assertThat(nested).hasSize(2).allSatisfy(row -> assertThat(row).containsExactly(value, value));
        }
    }

    @Test
    void emptyArraysAreEmpty() {
        assertThat(PgArrays.rows(text("select array(select array['x'] where false)::text", Tuple.tuple()))).isEmpty();
        assertThat(PgArrays.elements(text("select array(select 'x' where false)::text", Tuple.tuple()))).isEmpty();
    }

    @Test
    void truncatedTextIsRefused() {
        assertThatThrownBy(() -> PgArrays.elements("{a,\"b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PgArrays.elements("{a,b}x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PgArrays.rows("{{a},")).isInstanceOf(IllegalStateException.class);
    }

    private String text(String sql, Tuple parameters) {
        return pool.preparedQuery(sql).execute(parameters).await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0);
    }
}
