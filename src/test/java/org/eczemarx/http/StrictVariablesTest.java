package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The JSON type of each built-in scalar's variables, checked without a server. */
class StrictVariablesTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
            input Range { low: Float, high: Float!, steps: [Int!] }
            type Query { f(i: Int, x: Float, b: Boolean, s: String, id: ID, r: Range, ids: [ID!]): Int }
            """), RuntimeWiring.MOCKED_WIRING);

    private static final OperationDefinition OPERATION = (OperationDefinition) Parser.parse(
            "query($i: Int, $x: Float, $b: Boolean, $s: String, $id: ID, $r: Range, $ids: [ID!]) "
                    + "{ f(i: $i, x: $x, b: $b, s: $s, id: $id, r: $r, ids: $ids) }").getDefinitions().get(0);

    private static String refusal(Map<String, Object> variables) {
        HttpProblem problem = catchThrowableOfType(HttpProblem.class, () -> StrictVariables.check(SCHEMA, OPERATION, variables));
        assertThat(problem).as("refused: %s", variables).isNotNull();
        assertThat(problem.code).isEqualTo("BAD_USER_INPUT");
        assertThat(problem.graphqlResponseStatus).isEqualTo(400);
        return problem.getMessage();
    }

    @Test
    void valuesOfTheRightJsonTypePass() {
        assertThatCode(() -> StrictVariables.check(SCHEMA, OPERATION, Map.of("i", 2, "x", 2.5, "b", true, "s", "text",
                "id", "abc", "r", Map.of("low", 1, "high", 2.0, "steps", List.of(1, 2)), "ids", List.of("a", 7))))
                .doesNotThrowAnyException();
        assertThatCode(() -> StrictVariables.check(SCHEMA, OPERATION, Map.of("i", 2.0, "id", 12345678901L)))
                .as("2.0 is the Int 2; an ID may be any whole number").doesNotThrowAnyException();
    }

    @Test
    void eachScalarRefusesOtherJsonTypes() {
        assertThat(refusal(Map.of("i", "ten"))).isEqualTo("Variable '$i' must be an Int, a whole number from -2147483648 to 2147483647, not \"ten\"");
        assertThat(refusal(Map.of("i", 0.01))).contains("'$i' must be an Int");
        assertThat(refusal(Map.of("i", 1L << 40))).contains("'$i' must be an Int");
        assertThat(refusal(Map.of("x", "1.5"))).isEqualTo("Variable '$x' must be a Float, a number, not \"1.5\"");
        assertThat(refusal(Map.of("b", "yes"))).isEqualTo("Variable '$b' must be a Boolean, true or false, not \"yes\"");
        assertThat(refusal(Map.of("b", 1))).contains("'$b' must be a Boolean");
        assertThat(refusal(Map.of("s", 5))).isEqualTo("Variable '$s' must be a String, text in quotes, not 5");
        assertThat(refusal(Map.of("id", 1.5))).contains("'$id' must be an ID");
        assertThat(refusal(Map.of("id", Map.of()))).isEqualTo("Variable '$id' must be an ID, text in quotes, not an object");
    }

    @Test
    void insideInputObjectsAndListsThePathIsNamed() {
        assertThat(refusal(Map.of("r", Map.of("high", "2")))).contains("'$r.high' must be a Float");
        assertThat(refusal(Map.of("r", Map.of("high", 1, "steps", List.of(1, "2"))))).contains("'$r.steps[1]' must be an Int");
        assertThat(refusal(Map.of("ids", List.of("a", false)))).contains("'$ids[1]' must be an ID");
    }
}
