package org.eczemarx.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Search quality on realistic inputs, one case per line of {@code src/test/resources/search/queries.psv} (the set the
 * vocabulary was built against) and {@code queries-fresh.psv} (written afterwards to see how it generalises):
 * misspellings, plurals, abbreviations, research codes, brands of each region, concepts, case, accents, phrases and
 * hostile strings, each with the top hit a searcher expects. {@code queries-curated.psv} needs the curators' research
 * codes and brands and is measured against their data, not here. The hit rate per category is printed after the run;
 * run this class against an older {@code src/main} and {@code db} to measure what a change gained.
 */
@QuarkusTest
class SearchQualityTest {

    private static final String SEARCH = """
            query Search($query: String!) {
              search(query: $query) {
                matchedText matchedOn score
                node { __typename ... on Drug { name } ... on Target { symbol } ... on LabTest { code } ... on DrugClass { name } ... on ImmunePathway { code } }
              }
            }""";

    private static final Pattern REPEAT = Pattern.compile("repeat\\((\\d+),(.*)\\)");

    static Stream<Arguments> cases() {
        return Stream.of("queries.psv", "queries-fresh.psv").flatMap(SearchQualityTest::read);
    }

    /** Hits and cases per category, reported after the run (a failing case is counted before it fails). */
    private static final Map<String, int[]> TALLY = new TreeMap<>();

    @AfterAll
    static void reportHitRate() {
        int hits = TALLY.values().stream().mapToInt(t -> t[0]).sum();
        int total = TALLY.values().stream().mapToInt(t -> t[1]).sum();
        StringBuilder report = new StringBuilder("Search quality: " + hits + "/" + total + " top hits as expected");
        TALLY.forEach((category, t) -> report.append("; ").append(category).append(' ').append(t[0]).append('/').append(t[1]));
        System.out.println(report);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("cases")
    void topHitIsWhatASearcherExpects(String category, String query, String expected) {
        // Read with Vert.x's JsonObject: RestAssured's JsonPath compiles a Groovy expression per lookup (~10 ms each).
        JsonObject json = new JsonObject(GraphQL.post(SEARCH, Map.of("query", literal(query))).statusCode(200).extract().asString());
        JsonArray errors = json.getJsonArray("errors");
        String error = errors == null || errors.isEmpty() ? null
                : errors.getJsonObject(0).getJsonObject("extensions", new JsonObject()).getString("code");
        String top = error != null ? error : top(json);
        boolean hit = switch (expected) {
            case "BAD_USER_INPUT" -> "BAD_USER_INPUT".equals(error);
            case "ANY" -> error == null || "BAD_USER_INPUT".equals(error);
            default -> {
                String[] wanted = expected.split(":", 2);
                yield error == null && (wanted[1].startsWith("*@")
                        ? top.startsWith(wanted[0] + ":") && top.contains("@" + wanted[1].substring(2) + " (")
                        : top.startsWith(expected + "@"));
            }
        };
        int[] tally = TALLY.computeIfAbsent(category, c -> new int[2]);
        tally[0] += hit ? 1 : 0;
        tally[1]++;
        assertThat(hit).as("top hit for \"%s\": %s, expected %s", query, top, expected).isTrue();
    }

    /** The top hit as Typename:key@MatchKind (matchedText), or "no hits". */
    private static String top(JsonObject json) {
        JsonArray hits = json.getJsonObject("data").getJsonArray("search");
        if (hits.isEmpty()) {
            return "no hits";
        }
        JsonObject hit = hits.getJsonObject(0);
        JsonObject node = hit.getJsonObject("node");
        String typename = node.getString("__typename");
        String key = node.getValue(switch (typename) {
            case "Target" -> "symbol";
            case "LabTest", "ImmunePathway" -> "code";
            default -> "name";
        }).toString();
        return typename + ":" + key + "@" + hit.getString("matchedOn") + " (" + hit.getString("matchedText") + ")";
    }

    /** The query as typed: {@code \t} is a tab, {@code repeat(N,text)} is text N times. */
    private static String literal(String query) {
        Matcher repeat = REPEAT.matcher(query);
        if (repeat.matches()) {
            return repeat.group(2).repeat(Integer.parseInt(repeat.group(1)));
        }
        return query.equals("\\t") ? "\t" : query;
    }

    private static Stream<Arguments> read(String file) {
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SearchQualityTest.class.getResourceAsStream("/search/" + file), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" \\| ", 3);
                cases.add(Arguments.of(fields[0].strip(), fields[1], fields[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases.stream();
    }
}
