package org.eczemarx.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eczemarx.graphql.InputValues;

import graphql.execution.TypeFromAST;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * Variables of the built-in scalar types, also inside lists and input objects, must have the JSON type the GraphQL
 * spec's input coercion allows: {@code Int} a whole number in 32 bits, {@code Float} a number, {@code Boolean} true or
 * false, {@code String} a string, {@code ID} a string or a whole number. SmallRye's scalars are lenient where the spec
 * is not: {@code Int} read {@code "ten"} or {@code 0.01} and failed during execution (HTTP 200, message "System error")
 * or truncated it (a filter's {@code ageMonths: 0.01} became 0), and {@code Boolean} read strings. Such variables are
 * refused before execution as BAD_USER_INPUT, a request error (HTTP 400 with {@code application/graphql-response+json}),
 * like every other variable of the wrong type. An input object or enum given another kind of JSON value (a list, a
 * number) is refused here too, in words a client knows: graphql-java's coercion named the Java classes ("Expected type
 * 'Map' but was 'ArrayList'"); so is an enum name the type does not have ({@code "oral"}: graphql-java's message named no
 * variable and no allowed value) and an input field the type does not have.
 */
final class StrictVariables {

    private StrictVariables() {
    }

    static void check(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> variables) {
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (variables.containsKey(definition.getName())) {
                check(TypeFromAST.getTypeFromAST(schema, definition.getType()), variables.get(definition.getName()),
                        "$" + definition.getName());
            }
        }
    }

    private static void check(GraphQLType type, Object value, String path) {
        if (value == null || type == null) {
            return;
        }
        if (value instanceof io.vertx.core.json.JsonObject json) {
            value = json.getMap();
        } else if (value instanceof io.vertx.core.json.JsonArray json) {
            value = json.getList();
        }
        if (type instanceof GraphQLNonNull nonNull) {
            check(nonNull.getWrappedType(), value, path);
        } else if (type instanceof GraphQLList list) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    check(list.getWrappedType(), items.get(i), path + "[" + i + "]");
                }
            } else {
                check(list.getWrappedType(), value, path); // a single value stands for a list of one
            }
        } else if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                throw refused(path, "a " + object.getName() + ", an object of its fields", value);
            }
            for (Object name : fields.keySet()) {
                if (object.getField(String.valueOf(name)) == null) {
                    throw HttpProblem.requestError("BAD_USER_INPUT", "Variable '" + path + "' has no field " + InputValues.shown(name)
                            + ": a " + object.getName() + " has " + object.getFieldDefinitions().stream()
                                    .map(GraphQLInputObjectField::getName).collect(Collectors.joining(", ")));
                }
            }
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                check(field.getType(), fields.get(field.getName()), path + "." + field.getName());
            }
        } else if (type instanceof GraphQLEnumType enumType) {
            if (!(value instanceof String name) || enumType.getValue(name) == null) {
                throw refused(path, "a " + enumType.getName() + ", one of " + enumType.getValues().stream()
                        .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")) + " in quotes", value);
            }
        } else if (type instanceof GraphQLScalarType scalar) {
            String expected = mismatch(scalar.getName(), value);
            if (expected != null) {
                throw refused(path, expected, value);
            }
        }
    }

    private static HttpProblem refused(String path, String expected, Object value) {
        return HttpProblem.requestError("BAD_USER_INPUT", "Variable '" + path + "' must be " + expected + ", not " + InputValues.shown(value));
    }

    /** What a value of this built-in scalar must be, when {@code value} is not that; null when it is, or for others. */
    private static String mismatch(String scalar, Object value) {
        return switch (scalar) {
            case "Int" -> value instanceof Number number && InputValues.isInt(number)
                    ? null : "an Int, a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
            case "Float" -> value instanceof Number number && finite(number) ? null : "a Float, a number";
            case "Boolean" -> value instanceof Boolean ? null : "a Boolean, true or false";
            case "String" -> value instanceof String ? null : "a String, text in quotes";
            case "ID" -> value instanceof String || value instanceof Number number && integral(number)
                    ? null : "an ID, text in quotes";
            default -> null;
        };
    }

    private static boolean integral(Number number) {
        BigDecimal exact = InputValues.exact(number);
        return exact != null && exact.stripTrailingZeros().scale() <= 0;
    }

    private static boolean finite(Number number) {
        return InputValues.exact(number) != null;
    }
}
