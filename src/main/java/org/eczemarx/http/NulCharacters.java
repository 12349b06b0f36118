package org.eczemarx.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.StringValue;

/**
 * PostgreSQL text cannot hold U+0000: a string argument with it failed in SQL, answered INTERNAL and logged a stack
 * trace (found by the fuzz). Such strings are refused before execution as BAD_USER_INPUT, in the document's string
 * literals ({@code "\u0000"}) and in the variables.
 */
final class NulCharacters {

    private static final String MESSAGE = "Text may not contain the NUL character (U+0000): remove it from the %s";

    private NulCharacters() {
    }

    /** Refuses a document whose string literals hold U+0000; walks the document only when its text has an escape. */
    static void refuseIn(String query, Document document) {
        if (query.indexOf('\\') < 0 && query.indexOf('\0') < 0) {
            return;
        }
        Deque<Node<?>> pending = new ArrayDeque<>(List.of(document));
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof StringValue string && string.getValue().indexOf('\0') >= 0) {
                throw HttpProblem.requestError("BAD_USER_INPUT", MESSAGE.formatted("document's strings"));
            }
            node.getChildren().forEach(pending::push);
        }
    }

    /** Refuses variables with a string (or a key) holding U+0000, at any depth. */
    static void refuseIn(Map<String, Object> variables) {
        if (holds(variables)) {
            throw HttpProblem.requestError("BAD_USER_INPUT", MESSAGE.formatted("variables"));
        }
    }

    private static boolean holds(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\0') >= 0;
        }
        if (value instanceof io.vertx.core.json.JsonObject object) {
            return holds(object.getMap());
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (holds(String.valueOf(entry.getKey())) || holds(entry.getValue())) {
                    return true;
                }
            }
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                if (holds(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
