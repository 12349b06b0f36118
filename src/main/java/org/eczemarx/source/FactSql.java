package org.eczemarx.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eczemarx.approval.Region;
import org.eczemarx.persistence.Hql;

import io.smallrye.mutiny.Uni;

/**
 * SQL fragments shared by the repositories of fact rows: optional equality criteria, bound as parameters, and the
 * order of enum columns as the GraphQL enum declares its constants (strictest first, pregnancy before breastfeeding ...)
 * rather than alphabetically.
 */
public final class FactSql {

    private FactSql() {
    }

    /**
     * The rows of {@code table} about the drugs, of one region and one value of the enum column {@code column} where
     * those are given (null: all), ordered by region, then {@code column} as its enum declares it, then as curated: one
     * statement for the batch.
     */
    public static <T, E extends Enum<E>> Uni<List<T>> ofDrugs(Class<T> type, String table, List<Long> drugIds, Region region,
            String column, Class<E> values, E value) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder where = new StringBuilder("f.drug_id in (:ids)");
        equal(where, parameters, "f.region", "region", region);
        equal(where, parameters, "f." + column, column, value);
        return Hql.nativeList(type, "select f.* from " + table + " f where " + where + " order by f.region, "
                + ordinal("f." + column, values) + ", f.id", parameters);
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
