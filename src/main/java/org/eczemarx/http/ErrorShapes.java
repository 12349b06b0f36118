package org.eczemarx.http;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
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
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\(\\w+(?:@\\[([^\\]]*)])?\\) : ");
    private static final Pattern MESSAGE_KEY = Pattern.compile("SRGQL\\d+: ");

    private ErrorShapes() {
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
        Matcher value = AST_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (value.find()) {
            String literal = value.group(1).equals("String") ? "\"" + value.group(3) + "\"" : value.group(3);
            value.appendReplacement(out, Matcher.quoteReplacement(literal));
        }
        value.appendTail(out);
        return MESSAGE_KEY.matcher(NULL_VALUE.matcher(out).replaceAll("null")).replaceAll("");
    }

    /**
     * SmallRye's JSON answer with every error coded and worded plainly: argument values that fail coercion are
     * {@code BAD_USER_INPUT}; the "non-null field was null" errors that graphql-java adds after another error are
     * dropped (they repeat it); anything else without a code is {@code INTERNAL}. SmallRye adds the codes of domain
     * exceptions only when it writes JSON, so the JSON is read back, in the order of the result's errors.
     */
    static String coded(ExecutionResult result, String json) {
        JsonObject body = new JsonObject(json);
        JsonArray written = body.getJsonArray("errors");
        List<GraphQLError> errors = result.getErrors();
        if (written == null || written.size() != errors.size()) {
            return json;
        }
        boolean others = errors.stream().anyMatch(e -> !(e instanceof NonNullableFieldWasNullError));
        JsonArray shaped = new JsonArray();
        for (int i = 0; i < errors.size(); i++) {
            GraphQLError error = errors.get(i);
            if (error instanceof NonNullableFieldWasNullError && others) {
                continue;
            }
            JsonObject entry = written.getJsonObject(i);
            JsonObject extensions = entry.getJsonObject("extensions");
            String code = extensions != null && extensions.getValue("code") instanceof String given ? given : codeOf(error);
            entry.put("message", plain(entry.getString("message")));
            entry.put("extensions", new JsonObject().put("code", code));
            shaped.add(entry);
        }
        body.put("errors", shaped);
        return body.encode();
    }

    private static String codeOf(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ValidationError || error.getMessage() != null && error.getMessage().contains("is not a valid")) {
            return "BAD_USER_INPUT";
        }
        return "INTERNAL";
    }
}
