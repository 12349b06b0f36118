package org.eczemarx.http;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.introspection.GoodFaithIntrospection;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.NonNullableFieldWasNullError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Every error a client sees has {@code extensions.code} and a message in plain words: no graphql-java class names
 * ({@code StringValue{value='ten'}}, {@code classification}) and no SmallRye message keys.
 */
final class ErrorShapes {

    private static final Pattern AST_VALUE = Pattern.compile("(String|Int|Float|Boolean|Enum)Value\\{(?:value|name)=('?)(.*?)\\2}");
    private static final Pattern NULL_VALUE = Pattern.compile("NullValue\\{[^}]*}");
    private static final String[] VALUE_PREFIXES = { "ObjectValue{", "ArrayValue{", "StringValue{", "IntValue{",
            "FloatValue{", "BooleanValue{", "EnumValue{", "NullValue{", "VariableReference{" };
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\(\\w+(?:@\\[([^\\]]*)])?\\) ?: ");
    private static final Pattern MESSAGE_KEY = Pattern.compile("SRGQL\\d+: ");

    private ErrorShapes() {
    }

    /**
     * A quoted input of more than 80 characters: its first 60 are enough to recognise it. A quote opens and closes
     * outside a word, so the apostrophes of "the operation's ... a list's" do not read as one long quote.
     */
    private static final Pattern LONG_QUOTE = Pattern.compile("(?<![\\p{L}\\p{N}])(['\"])([^'\"\\n]{60})[^'\"\\n]{20,}\\1(?![\\p{L}\\p{N}])");
    private static final int MAX_MESSAGE = 2000;

    /**
     * A message as a client gets it: a long input quoted in it is shortened ({@code 'xxxx…'}), and the whole is at most
     * {@value #MAX_MESSAGE} characters, so an error does not echo a large input back.
     */
    static String bounded(String message) {
        String shortened = LONG_QUOTE.matcher(message).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + "…" + m.group(1)));
        return shortened.length() <= MAX_MESSAGE ? shortened : shortened.substring(0, MAX_MESSAGE) + "…";
    }

    /** The message without Java internals: {@code StringValue{value='ten'}} reads {@code "ten"}. */
    static String plain(String message) {
        if (message == null) {
            return "";
        }
        Matcher prefix = VALIDATION_PREFIX.matcher(message);
        String text = prefix.find()
                ? (prefix.group(1) == null || prefix.group(1).isEmpty() ? "" : "At " + prefix.group(1) + ": ") + message.substring(prefix.end())
                : message;
        text = literals(text);
        Matcher value = AST_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (value.find()) {
            String literal = value.group(1).equals("String") ? "\"" + value.group(3) + "\"" : value.group(3);
            value.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        value.appendTail(out);
        return MESSAGE_KEY.matcher(NULL_VALUE.matcher(out).replaceAll("null")).replaceAll("");
    }

    private static final Pattern VARIABLE = Pattern.compile("\\bVariable '([_A-Za-z][_0-9A-Za-z]*)'");

    /** A variable named as the document names it ({@code '$first'}), in graphql-java's messages as in ours. */
    static String variables(String message) {
        return VARIABLE.matcher(message).replaceAll("Variable '\\$$1'");
    }

    /**
     * graphql-java words some messages with its AST's {@code toString()}: input objects and lists read
     * {@code ObjectValue{objectFields=[ObjectField{name='population', value=EnumValue{name='ADULTS'}}]}}. They are
     * written back as the GraphQL the client sent ({@code {population: ADULTS}}); text that does not parse is kept.
     */
    private static String literals(String message) {
        if (!message.contains("Value{") && !message.contains("VariableReference{")) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < message.length()) {
            int[] end = {i};
            String literal = startsWithValue(message, i) ? value(message, end) : null;
            if (literal != null) {
                out.append(literal);
                i = end[0];
            } else {
                out.append(message.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean startsWithValue(String text, int at) {
        for (String prefix : VALUE_PREFIXES) {
            if (text.startsWith(prefix, at)) {
                return true;
            }
        }
        return false;
    }

    /** One AST value at {@code at[0]}, as GraphQL text, moving {@code at[0]} past it; null when it does not parse. */
    private static String value(String text, int[] at) {
        int start = at[0];
        if (text.startsWith("ObjectValue{objectFields=[", start)) {
            at[0] = start + "ObjectValue{objectFields=[".length();
            List<String> fields = new java.util.ArrayList<>();
            while (!text.startsWith("]}", at[0])) {
                if (!fields.isEmpty() && !skip(text, at, ", ")) {
                    return null;
                }
                if (!skip(text, at, "ObjectField{name='")) {
                    return null;
                }
                int quote = text.indexOf("', value=", at[0]);
                if (quote < 0) {
                    return null;
                }
                String name = text.substring(at[0], quote);
                at[0] = quote + "', value=".length();
                String fieldValue = value(text, at);
                if (fieldValue == null || !skip(text, at, "}")) {
                    return null;
                }
                fields.add(name + ": " + fieldValue);
            }
            at[0] += 2;
            return "{" + String.join(", ", fields) + "}";
        }
        if (text.startsWith("ArrayValue{values=[", start)) {
            at[0] = start + "ArrayValue{values=[".length();
            List<String> items = new java.util.ArrayList<>();
            while (!text.startsWith("]}", at[0])) {
                if (!items.isEmpty() && !skip(text, at, ", ")) {
                    return null;
                }
                String item = value(text, at);
                if (item == null) {
                    return null;
                }
                items.add(item);
            }
            at[0] += 2;
            return "[" + String.join(", ", items) + "]";
        }
        if (text.startsWith("StringValue{value='", start)) {
            int close = text.indexOf("'}", start + "StringValue{value='".length());
            if (close < 0) {
                return null;
            }
            at[0] = close + 2;
            return "\"" + text.substring(start + "StringValue{value='".length(), close) + "\"";
        }
        if (text.startsWith("EnumValue{name='", start) || text.startsWith("VariableReference{name='", start)) {
            boolean variable = text.startsWith("VariableReference", start);
            int open = text.indexOf("'", start) + 1;
            int close = text.indexOf("'}", open);
            if (close < 0) {
                return null;
            }
            at[0] = close + 2;
            return (variable ? "$" : "") + text.substring(open, close);
        }
        if (text.startsWith("NullValue{", start)) {
            int close = text.indexOf('}', start);
            at[0] = close + 1;
            return "null";
        }
        for (String scalar : new String[] { "IntValue{value=", "FloatValue{value=", "BooleanValue{value=" }) {
            if (text.startsWith(scalar, start)) {
                int close = text.indexOf('}', start);
                if (close < 0) {
                    return null;
                }
                at[0] = close + 1;
                return text.substring(start + scalar.length(), close);
            }
        }
        return null;
    }

    private static boolean skip(String text, int[] at, String expected) {
        if (!text.startsWith(expected, at[0])) {
            return false;
        }
        at[0] += expected.length();
        return true;
    }

    /**
     * The JSON answer with every error coded and worded plainly: argument values that fail coercion are
     * {@code BAD_USER_INPUT}; the "non-null field was null" errors that graphql-java adds after another error are
     * dropped (they repeat it); anything else without a code is {@code INTERNAL}. Errors come first, then data.
     */
    static String coded(ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        boolean others = errors.stream().anyMatch(e -> !(e instanceof NonNullableFieldWasNullError));
        JsonArray shaped = new JsonArray();
        for (GraphQLError error : errors) {
            if (error instanceof NonNullableFieldWasNullError && others) {
                continue;
            }
            Map<String, Object> specified = error.toSpecification();
            JsonObject entry = new JsonObject().put("message", bounded(plain(error.getMessage())));
            if (specified.get("locations") != null) {
                entry.put("locations", specified.get("locations"));
            }
            if (specified.get("path") != null) {
                entry.put("path", specified.get("path"));
            }
            Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
            shaped.add(entry.put("extensions", new JsonObject().put("code", code instanceof String given ? given : codeOf(error))));
        }
        JsonObject body = new JsonObject().put("errors", shaped);
        if (result.isDataPresent()) {
            body.put("data", result.getData());
        }
        return body.encode();
    }

    private static String codeOf(GraphQLError error) {
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return "LIMIT_EXCEEDED"; // graphql-java's bound on introspection (fields repeated, or too large an operation)
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ValidationError || error.getMessage() != null && error.getMessage().contains("is not a valid")) {
            return "BAD_USER_INPUT";
        }
        return "INTERNAL";
    }
}
