package org.eczemarx.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.StringValue;

/**
 * Text a request carries must be text PostgreSQL stores as sent. U+0000 it cannot hold: a string argument with it
 * failed in SQL, answered INTERNAL and logged a stack trace (found by the fuzz). An unpaired surrogate (U+D800 to U+DFFF
 * alone, as JSON's {@code "\ud800"} gives) is no Unicode character: it reached the database as '?' and came back in
 * messages so. Both are refused before execution as BAD_USER_INPUT, in the document's string literals and in the
 * variables (graphql-java's parser already refuses a surrogate alone in a document).
 */
final class StorableText {

    private StorableText() {
    }

    /** Refuses a document whose string literals hold either; walks the document only when its text could. */
    static void refuseIn(String query, Document document) {
        if (query.indexOf('\\') < 0 && problem(query) == null) {
            return;
        }
        Deque<Node<?>> pending = new ArrayDeque<>(List.of(document));
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof StringValue string && problem(string.getValue()) != null) {
                throw HttpProblem.requestError("BAD_USER_INPUT", problem(string.getValue()).formatted("document's strings"));
            }
            node.getChildren().forEach(pending::push);
        }
    }

    /** Refuses variables with a string (or a key) holding either, at any depth. */
    static void refuseIn(Map<String, Object> variables) {
        String problem = find(variables);
        if (problem != null) {
            throw HttpProblem.requestError("BAD_USER_INPUT", problem.formatted("variables"));
        }
    }

    /** What is wrong with the text (a message with a {@code %s} for where), or null when nothing is. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "Text may not contain the NUL character (U+0000): remove it from the %s";
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++; // a pair: one character beyond U+FFFF
                } else {
                    return "Text may not contain an unpaired surrogate (U+D800 to U+DFFF alone, no Unicode character): remove it from the %s";
                }
            }
        }
        return null;
    }

    private static String find(Object value) {
        if (value instanceof String text) {
            return problem(text);
        }
        if (value instanceof io.vertx.core.json.JsonObject object) {
            return find(object.getMap());
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String problem = find(String.valueOf(entry.getKey()));
                if (problem == null) {
                    problem = find(entry.getValue());
                }
                if (problem != null) {
                    return problem;
                }
            }
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                String problem = find(item);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }
}
