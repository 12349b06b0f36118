package org.eczemarx.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.SqlStatements;
import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchTest {

    private static final String SEARCH = """
            query Search($query: String!, $types: [SearchType!], $first: Int) {
              search(query: $query, types: $types, first: $first) {
                matchedText matchedOn score
                node { __typename id ... on Drug { name } ... on Target { symbol } ... on LabTest { code } ... on DrugClass { name } ... on ImmunePathway { code } }
              }
            }""";

    private static JsonPath search(String query) {
        return GraphQL.data(SEARCH, Map.of("query", query));
    }

    /**
     * Search as soon as a change committed elsewhere is searchable: a change is promised to be searchable within a
     * second (the in-memory index reloads when PostgreSQL notifies it), so this asks until {@code expected} holds, for
     * at most one second, and returns the last answer.
     */
    private static JsonPath searchWithinASecond(String query, Predicate<JsonPath> expected) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        JsonPath json = search(query);
        while (!expected.test(json) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            json = search(query);
        }
        return json;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // misspellings
            "upadacitnib, upadacitinib", "dupilimab, dupilumab", "cyclosporin, cyclosporine", "tralokinumb, tralokinumab",
            // brands of any region
            "Neoral, cyclosporine", "Adtralza, tralokinumab", "Adbry, tralokinumab", "Ebglyss, lebrikizumab",
            // case and accents
            "RINVOQ, upadacitinib", "ébglyss, lebrikizumab",
            // autocomplete prefixes
            "rinv, upadacitinib", "dupix, dupilumab", "ciclo, cyclosporine"
    })
    void topDrugHit(String query, String drug) {
        JsonPath json = GraphQL.data(SEARCH, Map.of("query", query, "types", List.of("DRUG")));
        assertThat(json.getString("data.search[0].node.name")).isEqualTo(drug);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "IL-4Rα, IL4R", "il4ra, IL4R", "IL 13, IL13", "il-31ra, IL31RA", "JAK1, JAK1", "interleukin 13, IL13" })
    void topTargetHit(String query, String symbol) {
        JsonPath json = search(query);
        assertThat(json.getString("data.search[0].node.__typename")).isEqualTo("Target");
        assertThat(json.getString("data.search[0].node.symbol")).isEqualTo(symbol);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "liver, LIVER_FUNCTION", "TB, TB_SCREENING", "tuberculosis, TB_SCREENING", "lipid, LIPID_PANEL", "blood pressure, BLOOD_PRESSURE" })
    void labTestWords(String query, String code) {
        JsonPath json = GraphQL.data(SEARCH, Map.of("query", query, "types", List.of("LAB_TEST")));
        assertThat(json.getString("data.search[0].node.code")).isEqualTo(code);
    }

    @Test
    void exactMatchesRankAboveFuzzyOnes() {
        JsonPath json = search("IL13");
        List<Float> scores = json.getList("data.search.score", Float.class);
        assertThat(scores.get(0)).isEqualTo(1.0f);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(json.getString("data.search[0].matchedOn")).isEqualTo("SYMBOL");
    }

    @Test
    void aWholeWordRanksAboveAMidWordSubstring() {
        JsonPath json = search("itch");
        assertThat(json.getString("data.search[0].node.code")).isEqualTo("IL31_ITCH");
        assertThat(json.getList("data.search.matchedText", String.class)).doesNotContain("Mitchga");
        assertThat(GraphQL.data(SEARCH, Map.of("query", "AST", "types", List.of("DRUG"))).getList("data.search.node.name", String.class))
                .as("a 3-letter query is no substring of roflumilast").doesNotContain("roflumilast");
    }

    @Test
    void vocabularyHitsSayWhichWordMatched() {
        JsonPath json = search("LFTs");
        assertThat(json.getString("data.search[0].node.code")).isEqualTo("LIVER_FUNCTION");
        assertThat(json.getString("data.search[0].matchedOn")).isEqualTo("ABBREVIATION");
        assertThat(json.getString("data.search[0].matchedText")).isEqualTo("LFTs");
        assertThat(json.getFloat("data.search[0].score")).isEqualTo(0.95f);

        json = search("platelet");
        assertThat(json.getString("data.search[0].node.code")).isEqualTo("CBC");
        assertThat(json.getString("data.search[0].matchedOn")).isEqualTo("TERM");
        assertThat(json.getString("data.search[0].matchedText")).isEqualTo("platelets");
    }

    @Test
    void blackBoxFindsEveryDrugWithABoxedWarningAndSaysWhich() {
        JsonPath json = GraphQL.data(SEARCH, Map.of("query", "black box", "first", 50));
        List<String> drugs = json.getList("data.search.findAll { it.matchedOn == 'FACT' }.node.name", String.class);
        List<String> boxed = GraphQL.data("{ drugs(filter: {hasBoxedWarning: true}, first: 100) { edges { node { name } } } }")
                .getList("data.drugs.edges.node.name", String.class);
        assertThat(drugs).containsExactlyInAnyOrderElementsOf(boxed);
        assertThat(json.getList("data.search.matchedText", String.class)).allSatisfy(text -> assertThat(text).startsWith("boxed warning (US): "));
        assertThat(json.getString("data.search.find { it.node.name == 'azathioprine' }.matchedText")).isEqualTo("boxed warning (US): malignancy");
    }

    @Test
    void aConditionFindsTheDrugsApprovedForIt() {
        JsonPath json = search("hand eczema");
        assertThat(json.getString("data.search[0].matchedOn")).isEqualTo("FACT");
        assertThat(json.getString("data.search.find { it.node.name == 'delgocitinib' }.matchedText")).startsWith("approved for chronic hand eczema (");
    }

    @Test
    void newRowsAreSearchableWithinASecond() {
        search("warm the index");
        TestDatabase.execute("insert into search_alias (term, kind, lab_test_id, source_id) select 'Zzlabword', 'TERM', l.id, s.id from lab_test l, source s where l.code = 'URIC_ACID' and s.key = 'hgnc'");
        try {
            assertThat(searchWithinASecond("zzlabwords", json -> !json.getList("data.search").isEmpty())
                    .getString("data.search[0].node.code")).isEqualTo("URIC_ACID");
        } finally {
            TestDatabase.execute("delete from search_alias where term = 'Zzlabword'");
        }
        assertThat(searchWithinASecond("zzlabword", json -> json.getList("data.search").isEmpty())
                .getList("data.search")).isEmpty();
    }

    @Test
    @DisabledOnIntegrationTest("statements are counted from the application's own Hibernate log, in this process")
    void searchIsRankedInMemoryAndOnlyTheHitsAreRead() {
        Map<String, Object> rinvoq = Map.of("query", "Rinvoq", "types", List.of("DRUG"), "first", 1);
        int[] statements = new int[1];
        long deadline = System.nanoTime() + 1_000_000_000L;
        JsonPath json;
        do { // the first search loads the index; until it is loaded, search is answered in SQL
            json = SqlStatements.during(() -> GraphQL.data(SEARCH, rinvoq), statements);
        } while (statements[0] != 1 && System.nanoTime() < deadline);
        assertThat(json.getString("data.search[0].node.name")).isEqualTo("upadacitinib");
        assertThat(statements[0]).as("statements: the drug hit's read, no search statement").isEqualTo(1);

        json = SqlStatements.during(() -> GraphQL.data(SEARCH, Map.of("query", "Ébglyss", "types", List.of("DRUG"), "first", 1)),
                statements);
        assertThat(json.getString("data.search[0].node.name")).isEqualTo("lebrikizumab");
        assertThat(statements[0]).as("statements: accents only PostgreSQL's unaccent normalises are searched in SQL").isEqualTo(2);
    }

    @Test
    @DisabledOnIntegrationTest("statements are counted from the application's own Hibernate log, in this process")
    void aCommittedChangeReachesTheInMemoryIndexWithinASecond() {
        search("warm the index");
        TestDatabase.execute("insert into search_alias (term, kind, lab_test_id, source_id) select 'Zzindexword', 'TERM', l.id, s.id from lab_test l, source s where l.code = 'URIC_ACID' and s.key = 'hgnc'");
        try {
            int[] statements = new int[1];
            long deadline = System.nanoTime() + 1_000_000_000L;
            JsonPath json;
            do { // PostgreSQL notifies the commit; the index reloads; until then the statement answers
                json = SqlStatements.during(() -> search("zzindexword"), statements);
            } while (!(statements[0] == 1 && !json.getList("data.search").isEmpty()) && System.nanoTime() < deadline);
            assertThat(json.getString("data.search[0].node.code")).isEqualTo("URIC_ACID");
            assertThat(statements[0]).as("statements: found by the reloaded index, only the hit is read").isEqualTo(1);
        } finally {
            TestDatabase.execute("delete from search_alias where term = 'Zzindexword'");
        }
    }

    @Test
    void matchReportsWhatItMatchedOn() {
        JsonPath json = GraphQL.data(SEARCH, Map.of("query", "Rinvoq", "types", List.of("DRUG")));
        assertThat(json.getString("data.search[0].matchedText")).isEqualTo("Rinvoq");
        assertThat(json.getString("data.search[0].matchedOn")).isEqualTo("BRAND");
        assertThat(json.getString("data.search[0].node.id")).hasSize(22);
    }

    @Test
    void ambiguousNameReturnsEveryCandidate() {
        JsonPath json = search("JAK");
        List<String> types = json.getList("data.search.node.__typename", String.class);
        assertThat(types).contains("Target", "DrugClass", "ImmunePathway");
        assertThat(json.getList("data.search.node.symbol", String.class)).contains("JAK1", "JAK2", "JAK3");
    }

    @Test
    void brandSharedByTwoProductsReturnsBoth() {
        TestDatabase.execute(
                "insert into brand (drug_id, name, region, source_id) select d.id, 'Zzsharedbrand', 'AU', s.id from drug d, source s where d.name = 'tacrolimus' and s.key = 'hgnc'",
                "insert into brand (drug_id, name, region, source_id) select d.id, 'Zzsharedbrand', 'AU', s.id from drug d, source s where d.name = 'pimecrolimus' and s.key = 'hgnc'");
        try {
            JsonPath json = searchWithinASecond("zzsharedbrand", j -> j.getList("data.search").size() == 2);
            assertThat(json.getList("data.search.node.name", String.class)).containsExactly("pimecrolimus", "tacrolimus");
            assertThat(json.getList("data.search.score", Float.class)).containsOnly(1.0f);
        } finally {
            TestDatabase.execute("delete from brand where name = 'Zzsharedbrand'");
        }
    }

    @Test
    void typesRestrictTheHits() {
        JsonPath json = GraphQL.data(SEARCH, Map.of("query", "IL-13", "types", List.of("DRUG_CLASS")));
        assertThat(json.getList("data.search.node.__typename", String.class)).isNotEmpty().containsOnly("DrugClass");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "\t", "!!!" })
    void emptyOrPunctuationOnlyQueryIsBadUserInput(String query) {
        GraphQL.post(SEARCH, Map.of("query", query))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("query"));
    }

    @Test
    void veryLongQueryIsBoundedWithAClearError() {
        GraphQL.post(SEARCH, Map.of("query", "a".repeat(10_000)))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("at most 200"));
        // characters as a user counts them: 150 emoji (300 UTF-16 units) are within the bound
        GraphQL.post(SEARCH, Map.of("query", "dupilumab " + "\uD83D\uDE00".repeat(150)))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "'; drop table drug; --", "%", "_", "dupi%", "\\", "' or '1'='1", "upa'dacitinib" })
    void sqlMetacharactersAreText(String query) {
        JsonPath json = GraphQL.post(SEARCH, Map.of("query", query)).statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        if (errors != null) {
            assertThat(json.getString("errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        }
        assertThat(GraphQL.data("{ drugs { totalCount } }").getInt("data.drugs.totalCount")).isGreaterThan(20);
    }

    @Test
    void firstIsBounded() {
        GraphQL.post(SEARCH, Map.of("query", "a", "first", 51)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertThat(GraphQL.data(SEARCH, Map.of("query", "i", "first", 3)).getList("data.search")).hasSizeLessThanOrEqualTo(3);
    }
}
