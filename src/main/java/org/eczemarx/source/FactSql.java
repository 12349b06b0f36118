package org.eczemarx.source;

import java.util.Map;
import java.util.StringJoiner;

/**
 * SQL fragments shared by the repositories of fact rows: optional equality criteria, bound as parameters, and the
 * order of enum columns as the GraphQL enum declares its constants (strictest first, pregnancy before breastfeeding ...)
 * rather than alphabetically.
 */
public final class FactSql {

    private FactSql() {
    }

    /** Appends {@code and column = :parameter} and binds the constant's name, unless the value is null. */
    public static void equal(StringBuilder where, Map<String, Object> parameters, String column, String parameter,
            Enum<?> value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(parameter);
            parameters.put(parameter, value.name());
        }
    }

    /** {@code case column when 'A' then 0 when 'B' then 1 ... end}: the declaration order of an enum column. */
    public static String ordinal(String column, Class<? extends Enum<?>> type) {
        StringJoiner cases = new StringJoiner(" ", "case " + column + " ", " end");
        Enum<?>[] constants = type.getEnumConstants();
        for (Enum<?> constant : constants) {
            cases.add("when '" + constant.name() + "' then " + constant.ordinal());
        }
        return cases.toString();
    }
}
