package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;

/** The custom scalars get their description and specification URL; other types stay as they are. */
class CustomScalarsTest {

    @Test
    void dateIsDescribedAndLinksItsSpecification() {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("scalar Date\nscalar Other\ntype Query { day: Date, other: Other, count: Int }"),
                RuntimeWiring.newRuntimeWiring()
                        .scalar(GraphQLScalarType.newScalar().name("Date").coercing(new graphql.schema.Coercing<>() {
                        }).build())
                        .scalar(GraphQLScalarType.newScalar().name("Other").description("kept").coercing(new graphql.schema.Coercing<>() {
                        }).build())
                        .build());

        GraphQLSchema described = CustomScalars.describe(schema, codes -> {
        }).build();

        GraphQLScalarType date = (GraphQLScalarType) described.getType("Date");
        assertThat(date.getDescription()).startsWith("A calendar date without time or time zone, as ISO 8601 text `YYYY-MM-DD`");
        assertThat(date.getSpecifiedByUrl()).isEqualTo("https://scalars.graphql.org/andimarek/local-date.html");
        assertThat(new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(true)).print(described))
                .contains("scalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")");
        assertThat(((GraphQLScalarType) described.getType("Other")).getDescription()).isEqualTo("kept");
        assertThat(described.getQueryType().getFieldDefinition("day").getType()).isSameAs(date);
    }

    /** Types that refer to a described scalar are copied: an interface's type resolver must answer the copies. */
    @Test
    void interfacesResolveToTheTypesOfTheDescribedSchema() {
        GraphQLSchema[] original = new GraphQLSchema[1];
        original[0] = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("scalar Date\ninterface Node { id: ID }\ntype Drug implements Node { id: ID, day: Date }\n"
                        + "type Query { node: Node }"),
                RuntimeWiring.newRuntimeWiring()
                        .scalar(GraphQLScalarType.newScalar().name("Date").coercing(new graphql.schema.Coercing<>() {
                        }).build())
                        .type("Node", wiring -> wiring.typeResolver(environment -> original[0].getObjectType("Drug")))
                        .build());

        GraphQLSchema described = CustomScalars.describe(original[0], codes -> {
        }).build();

        assertThat(described.getObjectType("Drug")).as("copied").isNotSameAs(original[0].getObjectType("Drug"));
        Object result = graphql.GraphQL.newGraphQL(described).build()
                .execute(graphql.ExecutionInput.newExecutionInput("{ node { ... on Drug { id } } }")
                        .root(java.util.Map.of("node", java.util.Map.of("id", "1")))).getData();
        assertThat(result).hasToString("{node={id=1}}"); // the fragment matched: the old copy would give {node={}}
    }
}
