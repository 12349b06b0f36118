package org.eczemarx.persistence;

import java.util.List;
import java.util.Map;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Typed HQL and SQL selections in the current Panache session, for the row types that have no repository of their own. */
public final class Hql {

    private Hql() {
    }

    public static <T> Uni<List<T>> list(Class<T> type, String hql, Map<String, Object> parameters) {
        return Panache.getSession()
                .chain(session -> bind(session.createSelectionQuery(hql, type), parameters).getResultList());
    }

    /** An HQL selection of several items per row, e.g. {@code select l.drugId, s from ...}. */
    public static Uni<List<Object[]>> tuples(String hql, Map<String, Object> parameters) {
        return list(Object[].class, hql, parameters);
    }

    /** A native SQL selection mapped to an entity type (or a scalar type for one-column results). */
    public static <T> Uni<List<T>> nativeList(Class<T> type, String sql, Map<String, Object> parameters) {
        return Panache.getSession()
                .chain(session -> {
                    Mutiny.SelectionQuery<T> query = session.createNativeQuery(sql, type);
                    return bind(query, parameters).getResultList();
                });
    }

    /** A native SQL selection of several columns per row. */
    public static Uni<List<Object[]>> nativeTuples(String sql, Map<String, Object> parameters) {
        return Panache.getSession()
                .chain(session -> {
                    Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql);
                    return bind(query, parameters).getResultList();
                });
    }

    private static <T> Mutiny.SelectionQuery<T> bind(Mutiny.SelectionQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
