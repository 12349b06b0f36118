package org.eczemarx.graphql;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/** Input values as JSON gives them: what they are (an Int?) and how error messages name them, never as Java objects. */
public final class InputValues {

    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);

    private InputValues() {
    }

    /** True when the number is an {@code Int} as the spec's input coercion takes one: whole, in 32 bits. */
    public static boolean isInt(Number number) {
        BigDecimal exact = exact(number);
        return exact != null && exact.stripTrailingZeros().scale() <= 0 && exact.compareTo(MIN_INT) >= 0 && exact.compareTo(MAX_INT) <= 0;
    }

    /** The number's exact value; null for NaN and the infinities. */
    public static BigDecimal exact(Number number) {
        try {
            return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return null;
        }
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
