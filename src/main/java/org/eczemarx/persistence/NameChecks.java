package org.eczemarx.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * Which of the names a filter gives name no row, in one statement: a filter naming a class, target, drug or
 * intervention that does not exist answers NOT_FOUND, not an empty list that reads as a medical "none". Run in the
 * caller's Panache session.
 */
public final class NameChecks {

    /**
     * @param parameter the parameter {@code exists} names the name by
     * @param name      the name the client gave
     * @param exists    SQL that selects a row when the name is known
     */
    public record Check(String parameter, Object name, String exists) {
    }

    private NameChecks() {
    }

    /** The positions, in the order given, of the checks whose name names no row; empty when all are known. */
    public static Uni<List<Integer>> unknown(List<Check> checks) {
        if (checks.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            parameters.put(checks.get(i).parameter(), checks.get(i).name());
            selects.add("select " + i + " as n where not exists (" + checks.get(i).exists() + ")");
        }
        return Hql.nativeList(Integer.class, String.join(" union all ", selects) + " order by 1", parameters);
    }
}
