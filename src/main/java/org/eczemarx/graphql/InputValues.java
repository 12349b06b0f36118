package org.eczemarx.graphql;

import java.util.Collection;
import java.util.Map;

/** Input values as error messages name them: in JSON's words, never as Java objects. */
public final class InputValues {

    private InputValues() {
    }

    /** A string quoted (its first 40 characters), an object or a list by its kind, anything else as it reads. */
    public static String shown(Object value) {
        if (value instanceof String text) {
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof Collection<?>) {
            return "a list";
        }
        return String.valueOf(value);
    }
}
