package org.eczemarx.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Typed HQL and SQL selections in the current Panache session, for the row types that have no repository of their own. */
public final class Hql {

    private Hql() {
    }

    public static <T> Uni<List<T>> list(Class<T> type, String hql, Map<String, Object> parameters) {
        String query = withKeyArrays(hql, parameters, false);
        return Panache.getSession()
                .chain(session -> bind(session.createSelectionQuery(query, type), parameters).getResultList());
    }

    /** An HQL selection of several items per row, e.g. {@code select l.drugId, s from ...}. */
    public static Uni<List<Object[]>> tuples(String hql, Map<String, Object> parameters) {
        return list(Object[].class, hql, parameters);
    }

    /** A native SQL selection mapped to an entity type (or a scalar type for one-column results). */
    public static <T> Uni<List<T>> nativeList(Class<T> type, String sql, Map<String, Object> parameters) {
        return Panache.getSession()
                .chain(session -> {
                    Mutiny.SelectionQuery<T> query = session.createNativeQuery(withKeyArrays(sql, parameters, true), type);
                    return bindNative(query, parameters).getResultList();
                });
    }

    /** A native SQL selection of several columns per row. */
    public static Uni<List<Object[]>> nativeTuples(String sql, Map<String, Object> parameters) {
        return Panache.getSession()
                .chain(session -> {
                    Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(withKeyArrays(sql, parameters, true));
                    return bindNative(query, parameters).getResultList();
                });
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> query.setParameter(name, isKeyList(value) ? keyArray(value) : value));
        return query;
    }

    /**
     * Binds a native query's scalar values as one-element lists, which Hibernate renders as the same single {@code ?}.
     *
     * <p>Why: a native query with no list binding goes into Hibernate's query plan cache under a key that holds Hibernate
     * Reactive's {@code ReactiveResultSetMapping}, which has no {@code equals}, so the key never matches again. Every
     * execution then scanned a cache bin of up to 2,048 entries with the same SQL (all one hash) and stored one more
     * plan: a few percent of the CPU of {@code drug(name)} and most of the old generation of a small heap. A list
     * binding makes Hibernate skip that cache for the query ({@code NativeQueryImpl.isCacheableQuery}).
     */
    private static <T> Mutiny.SelectionQuery<T> bindNative(Mutiny.SelectionQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> query.setParameter(name, isKeyList(value) ? List.of(keyArrayText(value))
                : value instanceof String || value instanceof Number || value instanceof Boolean ? List.of(value) : value));
        return query;
    }

    // Key lists (Collection<Long>) travel as one SQL array: `x in :ids` becomes array_contains(:ids, x) in HQL and
    // x = any(:ids) in SQL. One statement shape and one cached plan for any number of keys: with `in :ids`, Hibernate
    // expands a new SQL string per list size, and its interpretation cache keys for those sizes collide (tree bins).
    // In native SQL the array is bound as its text, '{1,2,3}', in a one-element list (Hibernate refuses a list holding
    // a Long[]), so that a native query whose only parameter is a key list stays out of the plan cache too.
    private static final Pattern IN_KEYS = Pattern.compile("([\\w.]+) in \\(?:(\\w+)\\)?");
    private static final Map<String, String> REWRITTEN = new ConcurrentHashMap<>();

    static String withKeyArrays(String query, Map<String, Object> parameters, boolean sql) {
        StringBuilder key = new StringBuilder(query).append(sql ? "|sql" : "|hql");
        parameters.forEach((name, value) -> {
            if (isKeyList(value)) {
                key.append('|').append(name);
            }
        });
        return REWRITTEN.computeIfAbsent(key.toString(), ignored -> IN_KEYS.matcher(query).replaceAll(match ->
                isKeyList(parameters.get(match.group(2)))
                        ? Matcher.quoteReplacement(sql
                                ? match.group(1) + " = any(cast(cast(:" + match.group(2) + " as text) as bigint[]))"
                                : "array_contains(:" + match.group(2) + ", " + match.group(1) + ")")
                        : Matcher.quoteReplacement(match.group())));
    }

    private static boolean isKeyList(Object value) {
        return value instanceof Collection<?> keys && !keys.isEmpty() && keys.stream().allMatch(Long.class::isInstance);
    }

    private static Long[] keyArray(Object value) {
        return ((Collection<?>) value).toArray(Long[]::new);
    }

    /** A key list as PostgreSQL's array text, {@code {1,2,3}}. */
    private static String keyArrayText(Object value) {
        StringBuilder text = new StringBuilder().append('{');
        for (Object key : (Collection<?>) value) {
            text.append(text.length() == 1 ? "" : ",").append(key);
        }
        return text.append('}').toString();
    }
}
