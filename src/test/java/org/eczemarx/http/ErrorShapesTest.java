package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages without graphql-java's AST internals: plain unit tests, no application. */
class ErrorShapesTest {

    @Test
    void aLongInputIsNotEchoedWhole() {
        String name = "x".repeat(10_000);
        String message = ErrorShapes.bounded("No drug named '" + name + "': use an INN, synonym or brand");
        assertThat(message).isEqualTo("No drug named '" + "x".repeat(60) + "…': use an INN, synonym or brand");
        assertThat(ErrorShapes.bounded("short 'dupilumub' stays")).isEqualTo("short 'dupilumub' stays");
        assertThat(ErrorShapes.bounded("y".repeat(5000))).hasSize(2001).endsWith("…");
        String apostrophes = "The operation's estimated cost is 20000, more than the limit of 10000: ask for smaller pages"
                + " (`first`) or fewer nested lists; each field costs 1 and a list's fields count once per item";
        assertThat(ErrorShapes.bounded(apostrophes)).as("apostrophes in words are not quotes").isEqualTo(apostrophes);
    }

    @Test
    void scalarValuesReadAsTheClientWroteThem() {
        assertThat(ErrorShapes.plain("argument 'first' with value 'StringValue{value='ten'}' is not a valid 'Int'"))
                .isEqualTo("argument 'first' with value '\"ten\"' is not a valid 'Int'");
        assertThat(ErrorShapes.plain("value 'IntValue{value=5}', 'EnumValue{name='EU'}', 'NullValue{}', 'BooleanValue{value=true}'"))
                .isEqualTo("value '5', 'EU', 'null', 'true'");
    }

    @Test
    void inputObjectsAndListsReadAsGraphQL() {
        // What the fuzz found (FuzzTest, seed 20261127): nested input objects echoed as AST toString().
        String message = "Validation error (WrongType@[drugs]) : argument 'filter.contraindicatedIn' with value "
                + "'ObjectValue{objectFields=[ObjectField{name='contraindicatedIn', value=ObjectValue{objectFields=[]}},"
                + " ObjectField{name='severity', value=EnumValue{name='ABSOLUTE'}}]}' is missing required fields '[population]'";
        assertThat(ErrorShapes.plain(message)).isEqualTo("At drugs: argument 'filter.contraindicatedIn' with value "
                + "'{contraindicatedIn: {}, severity: ABSOLUTE}' is missing required fields '[population]'");
        assertThat(ErrorShapes.plain("value 'ArrayValue{values=[ArrayValue{values=[StringValue{value='x'}, IntValue{value=1}]},"
                + " VariableReference{name='ids'}]}'")).isEqualTo("value '[[\"x\", 1], $ids]'");
    }

    @Test
    void textThatDoesNotParseIsKept() {
        assertThat(ErrorShapes.plain("a StringValue{value='unterminated")).isEqualTo("a StringValue{value='unterminated");
        assertThat(ErrorShapes.plain("no values here")).isEqualTo("no values here");
    }
}
