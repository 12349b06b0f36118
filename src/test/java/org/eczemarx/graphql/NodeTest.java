package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relay object identification: every Node type round-trips through node and nodes. */
@QuarkusTest
class NodeTest {

    private static final String NODES = """
            query Nodes($ids: [ID!]!) {
              nodes(ids: $ids) {
                __typename
                id
                ... on Drug { name }
                ... on DrugClass { name }
                ... on Target { symbol }
                ... on ImmunePathway { code }
                ... on LabTest { code }
                ... on Source { title }
              }
            }""";

    private static final String NODE = """
            query Node($id: ID!) { node(id: $id) { __typename id ... on Drug { name } } }""";

    @Test
    void everyNodeTypeRoundTripsInRequestOrder() {
        JsonPath ids = GraphQL.data("""
                {
                  drug(name: "abrocitinib") { id sources { id } }
                  drugClass(name: "biologics") { id }
                  target(symbol: "JAK1") { id }
                  pathways { id }
                  labTests { id }
                }""");
        List<String> wanted = new ArrayList<>();
        wanted.add(ids.getString("data.target.id"));
        wanted.add(ids.getString("data.drug.id"));
        wanted.add(ids.getString("data.pathways[0].id"));
        wanted.add(ids.getString("data.drugClass.id"));
        wanted.add(ids.getString("data.labTests[0].id"));
        wanted.add(ids.getString("data.drug.sources[0].id"));
        wanted.add(ids.getString("data.drug.id"));

        JsonPath nodes = GraphQL.data(NODES, Map.of("ids", wanted));
        assertThat(nodes.getList("data.nodes.id", String.class)).isEqualTo(wanted);
        assertThat(nodes.getList("data.nodes.__typename", String.class))
                .containsExactly("Target", "Drug", "ImmunePathway", "DrugClass", "LabTest", "Source", "Drug");
        assertThat(nodes.getString("data.nodes[1].name")).isEqualTo("abrocitinib");
        assertThat(nodes.getString("data.nodes[0].symbol")).isEqualTo("JAK1");
    }

    @Test
    void nodeFindsADrugByItsId() {
        String id = GraphQL.data("{ drug(name: \"tacrolimus\") { id } }").getString("data.drug.id");
        GraphQL.post(NODE, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo("Drug"))
                .body("data.node.name", equalTo("tacrolimus"));
    }

    @Test
    void idsAreOpaqueAndStable() {
        String first = GraphQL.data("{ drug(name: \"tacrolimus\") { id } }").getString("data.drug.id");
        String second = GraphQL.data("{ drug(name: \"Protopic\") { id } }").getString("data.drug.id");
        assertThat(first).isEqualTo(second).hasSize(22).doesNotContain("tacrolimus").doesNotContainPattern("^\\d+$");
    }

    @Test
    void wellFormedIdOfAMissingObjectIsNull() {
        String missing = GlobalId.encode(NodeType.DRUG, 987_654_321L);
        GraphQL.post(NODES, Map.of("ids", List.of(missing)))
                .body("errors", nullValue())
                .body("data.nodes", org.hamcrest.Matchers.contains(nullValue()));
        GraphQL.post(NODE, Map.of("id", missing))
                .body("errors", nullValue())
                .body("data.node", nullValue());
    }

    @Test
    void malformedIdIsBadUserInput() {
        for (String bad : List.of("abc", "", "AAAAAAAAAAAAAAAAAAAAAA", "' or 1=1 --", "x".repeat(500))) {
            GraphQL.post(NODE, Map.of("id", bad))
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
        }
    }

    @Test
    void tooManyIdsIsBadUserInput() {
        String id = GlobalId.encode(NodeType.DRUG, 1L);
        GraphQL.post(NODES, Map.of("ids", java.util.Collections.nCopies(101, id)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
