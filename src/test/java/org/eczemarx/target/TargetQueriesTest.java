package org.eczemarx.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TargetQueriesTest {

    private static final String TARGET = """
            query Target($symbol: String!) {
              target(symbol: $symbol) {
                symbol name uniprotId kind description aliases
                pathways { code }
                drugs { action drug { name } target { symbol } }
              }
            }""";

    @ParameterizedTest
    @CsvSource({ "IL4R, IL4R", "IL-4Rα, IL4R", "il4ra, IL4R", "CD124, IL4R", "IL-13, IL13", "IL 13, IL13", "calcineurin, PPP3CA", "jak1, JAK1" })
    void targetBySymbolOrAlias(String asked, String symbol) {
        GraphQL.post(TARGET, Map.of("symbol", asked))
                .body("errors", nullValue())
                .body("data.target.symbol", equalTo(symbol));
    }

    @Test
    void targetTraversesBackToItsDrugsAndPathways() {
        JsonPath json = GraphQL.data(TARGET, Map.of("symbol", "IL13"));
        assertThat(json.getString("data.target.uniprotId")).isEqualTo("P35225");
        assertThat(json.getList("data.target.drugs.drug.name", String.class)).containsExactly("lebrikizumab", "tralokinumab");
        assertThat(json.getList("data.target.drugs.target.symbol", String.class)).containsOnly("IL13");
        assertThat(json.getList("data.target.pathways.code", String.class)).contains("TH2_IL4_IL13");
    }

    @Test
    void unknownTargetIsNull() {
        GraphQL.post(TARGET, Map.of("symbol", "NOPE1")).body("errors", nullValue()).body("data.target", nullValue());
    }

    @Test
    void anAliasOfSeveralTargetsNamesThemRatherThanPickingOne() {
        GraphQL.post(TARGET, Map.of("symbol", "PDE4"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.stringContainsInOrder("PDE4A", "PDE4B", "PDE4C", "PDE4D"))
                .body("data.target", nullValue());
        assertThat(GraphQL.data("{ drugs(filter: {target: \"PDE4\"}) { nodes { name } } }").getList("data.drugs.nodes.name", String.class))
                .as("the filter takes every target of the alias").contains("crisaborole", "difamilast", "roflumilast");
    }

    @Test
    void targetsConnectionPagesBySymbol() {
        List<String> symbols = new ArrayList<>();
        String after = null;
        int total;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 10));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = GraphQL.data("""
                    query($first: Int, $after: String) {
                      targets(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { symbol } }
                    }""", variables);
            total = page.getInt("data.targets.totalCount");
            symbols.addAll(page.getList("data.targets.nodes.symbol", String.class));
            after = page.getBoolean("data.targets.pageInfo.hasNextPage") ? page.getString("data.targets.pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(symbols).hasSize(total).doesNotHaveDuplicates().isSorted().contains("IL4R", "JAK1", "IL31RA");
    }
}
