package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** Root fields, depth and cost of operations, measured without a server on a small schema of the same shape. */
class OperationMeasureTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            type Query { drugs(first: Int = 10): DrugConnection! drug(name: String!): Drug nodes(ids: [ID!]!): [Drug]!
                         labTests: [LabTest!]! }
            type DrugConnection { nodes: [Drug!]! totalCount: Int! }
            type Drug { name: String! brands: [Brand!]! monitoring: [Requirement!]! }
            type Brand { name: String! }
            type LabTest { name: String! requirements: [Requirement!]! }
            type Requirement { drug: Drug! test: LabTest! }
            """), RuntimeWiring.MOCKED_WIRING);

    @Test
    void costCountsPageSizeTimesChildren() {
        assertThat(cost("{ drugs(first: 5) { nodes { name } } }", Map.of())).isEqualTo(1 + 5 * (1 + 1));
        assertThat(cost("query($n: Int) { drugs(first: $n) { nodes { name } } }", Map.of("n", 20))).isEqualTo(1 + 20 * 2);
        assertThat(cost("{ drugs { nodes { name } } }", Map.of())).as("the argument's default").isEqualTo(1 + 10 * 2);
    }

    @Test
    void listsWithoutFirstCountTheAssumedSizeOrTheirIds() {
        assertThat(cost("{ drug(name: \"x\") { brands { name } } }", Map.of())).isEqualTo(1 + (1 + 3 * 1));
        assertThat(cost("{ nodes(ids: [\"a\", \"b\"]) { name } }", Map.of())).isEqualTo(1 + 2);
        assertThat(cost("query($ids: [ID!]!) { nodes(ids: $ids) { name } }", Map.of("ids", List.of("a", "b", "c", "d"))))
                .isEqualTo(1 + 4);
    }

    @Test
    void listsCountTheLongestListTheDatabaseHolds() {
        Map<String, Long> largest = Map.of("Query.labTests", 16L, "LabTest.requirements", 14L, "Drug.monitoring", 18L,
                "Query.drugs", 26L);
        String chain = "{ labTests { requirements { drug { monitoring { test { requirements { drug { name } } } } } } } }";
        // From the inside: drug { name } 2, requirements (14 each) 1 + 14 x 2, test 1 + that, monitoring (18 each)
        // 1 + 18 x that, drug 1 + that, requirements 1 + 14 x that, labTests (16) 1 + 16 x that.
        long inner = 1 + (1 + 14 * 2);
        long expected = 1 + 16 * (1 + 14 * (1 + (1 + 18 * inner)));
        assertThat(cost(chain, Map.of(), largest)).isEqualTo(expected).isEqualTo(121_425L);
        assertThat(cost(chain, Map.of())).as("before the sizes are read: 3 per list").isLessThan(5_000L);
        assertThat(cost("{ drugs(first: 100) { nodes { name } } }", Map.of(), largest)).as("no more than the rows")
                .isEqualTo(1 + 26 * (1 + 1));
        assertThat(cost("{ drugs(first: 5) { nodes { name } } }", Map.of(), largest)).isEqualTo(1 + 5 * (1 + 1));
    }

    @Test
    void fragmentsCountWhereTheyAreSpread() {
        String query = """
                { drug(name: "x") { ...D } a: drug(name: "y") { ...D } }
                fragment D on Drug { name brands { name } }""";
        OperationMeasure measure = measure(query, Map.of());
        OperationDefinition operation = operation(query);
        assertThat(measure.depth(operation.getSelectionSet())).isEqualTo(3);
        assertThat(measure.rootFields(operation.getSelectionSet())).isEqualTo(2);
        assertThat(measure.cost(operation.getSelectionSet(), SCHEMA.getQueryType())).isEqualTo(2 * (1 + 1 + (1 + 3)));
    }

    @Test
    void hugePagesAreCappedNotOverflowed() {
        String nested = "{ drugs(first: 2000000000) { nodes { brands { name } } } }";
        assertThat(cost(nested, Map.of())).isLessThanOrEqualTo(OperationMeasure.CAP).isGreaterThan(1_000_000_000L);
    }

    @Test
    void introspectionIsNoticed() {
        OperationMeasure measure = measure("{ __schema { types { name } } }", Map.of());
        measure.rootFields(operation("{ __schema { types { name } } }").getSelectionSet());
        assertThat(measure.introspection()).isTrue();
    }

    private static long cost(String query, Map<String, Object> variables) {
        return cost(query, variables, Map.of());
    }

    private static long cost(String query, Map<String, Object> variables, Map<String, Long> largest) {
        return new OperationMeasure(SCHEMA, Parser.parse(query), variables, largest, 3)
                .cost(operation(query).getSelectionSet(), SCHEMA.getQueryType());
    }

    private static OperationMeasure measure(String query, Map<String, Object> variables) {
        return new OperationMeasure(SCHEMA, Parser.parse(query), variables, Map.of(), 3);
    }

    private static OperationDefinition operation(String query) {
        Document document = Parser.parse(query);
        return document.getDefinitionsOfType(OperationDefinition.class).get(0);
    }
}
