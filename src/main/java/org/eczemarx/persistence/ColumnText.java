package org.eczemarx.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * How PostgreSQL's text form of a column ({@code ::text}; dates as {@code YYYY-MM-DD}) becomes a value of its Java
 * type, for the types the entities here use: the reading of every value that a query selects as text.
 */
public final class ColumnText {

    private ColumnText() {
    }

    /** The reader of a non-null text as {@code javaType}; {@code where} names the column in the error of another type. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static Function<String, Object> reader(Class<?> javaType, String where) {
        if (javaType == String.class) {
            return text -> text;
        }
        if (javaType == Long.class || javaType == long.class) {
            return Long::valueOf;
        }
        if (javaType == Integer.class || javaType == int.class) {
            return Integer::valueOf;
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return text -> text.equals("true") || text.equals("t");
        }
        if (javaType == BigDecimal.class) {
            return BigDecimal::new;
        }
        if (javaType == LocalDate.class) {
            return LocalDate::parse;
        }
        if (javaType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) javaType;
            return text -> Enum.valueOf(enumType, text);
        }
        throw new IllegalArgumentException("No reading of a column's text as " + javaType.getName() + " (" + where + ")");
    }

    /** The SQL that selects {@code column} as the text {@link #reader} reads: dates as {@code YYYY-MM-DD}. */
    public static String select(String column, Class<?> javaType) {
        return javaType == LocalDate.class ? "to_char(" + column + ", 'YYYY-MM-DD')" : column + "::text";
    }
}
