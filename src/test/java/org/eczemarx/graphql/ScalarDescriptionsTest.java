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
class ScalarDescriptionsTest {

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

        GraphQLSchema described = ScalarDescriptions.describe(schema);

        GraphQLScalarType date = (GraphQLScalarType) described.getType("Date");
        assertThat(date.getDescription()).startsWith("A calendar date without time or time zone, as ISO 8601 text `YYYY-MM-DD`");
        assertThat(date.getSpecifiedByUrl()).isEqualTo("https://scalars.graphql.org/andimarek/local-date.html");
        assertThat(new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeScalarTypes(true)).print(described))
                .contains("scalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")");
        assertThat(((GraphQLScalarType) described.getType("Other")).getDescription()).isEqualTo("kept");
        assertThat(described.getQueryType().getFieldDefinition("day").getType()).isSameAs(date);
    }
}
