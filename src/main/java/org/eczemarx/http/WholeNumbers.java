package org.eczemarx.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import graphql.execution.TypeFromAST;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * Variables of type {@code Int}, also inside lists and input objects, must be whole numbers in 32 bits, as the
 * GraphQL spec says. SmallRye's {@code Int} accepts {@code 0.01} when coercing a variable, then either truncates it
 * (a filter's {@code ageMonths: 0.01} became 0) or fails during execution with the code
 * {@code coercing-parse-literal} and the message "System error" (found by the fuzz). Such variables are refused
 * before execution as BAD_USER_INPUT.
 */
final class WholeNumbers {

    private static final BigDecimal MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private WholeNumbers() {
    }

    static void refuseInexactInts(GraphQLSchema schema, OperationDefinition operation, Map<String, Object> variables) {
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
        } else if (type instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                check(field.getType(), fields.get(field.getName()), path + "." + field.getName());
            }
        } else if (type instanceof GraphQLScalarType scalar && scalar.getName().equals("Int") && value instanceof Number number
                && !whole(number)) {
            throw HttpProblem.requestError("BAD_USER_INPUT", "Variable '" + path + "' must be an Int, a whole number from "
                    + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", not " + number);
        }
    }

    private static boolean whole(Number number) {
        BigDecimal exact;
        try {
            exact = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return false; // NaN, infinities
        }
        return exact.stripTrailingZeros().scale() <= 0 && exact.compareTo(MIN) >= 0 && exact.compareTo(MAX) <= 0;
    }
}
