package org.eczemarx.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * A relation between rows of two tables, declared once in SQL: where the related rows are ({@link #from}, in which
 * {@code {c}} is the related row's alias), how a related row belongs to its parent row ({@link #where}: a column of the
 * related row equal to a column of the parent, {@code {p}}) and their order. Every read of the relation uses this
 * declaration: the batched read of the related rows of many parents ({@link #one}, {@link #many}: one statement, the
 * key condition over the parents' keys as one array ({@link Hql}'s key lists), in the caller's Panache session) and the prefetch, which nests
 * the same SQL in its statement ({@code prefetch/PrefetchPlan}).
 *
 * @param <P> the parent rows' type
 * @param <C> the related rows' type: an entity, or for {@link Kind#VALUES} the type of one column's values
 */
public final class Relation<P, C> {

    public enum Kind {
        /** At most one related row, by a key the parent row holds. */
        ONE,
        /** A list of related rows, which hold the parent's key. */
        MANY,
        /** A list of one column's values of the related rows, which hold the parent's key. */
        VALUES
    }

    private final Kind kind;
    private final Class<C> type;
    private final String from;
    private final String childColumn;
    private final String parentColumn;
    private final String orderBy;
    private final String valueColumn;
    private final Function<P, Long> parentKey;
    private final Function<C, Long> childKey;
    private final String joinedField;
    private final String joinedSuffix;
    private final String batchSql;

    private Relation(Kind kind, Class<C> type, String from, String childColumn, String parentColumn, String orderBy,
            String valueColumn, Function<P, Long> parentKey, Function<C, Long> childKey, String joinedField, String joinedSuffix) {
        this.kind = kind;
        this.type = type;
        this.from = from;
        this.childColumn = childColumn;
        this.parentColumn = parentColumn;
        this.orderBy = orderBy;
        this.valueColumn = valueColumn;
        this.parentKey = parentKey;
        this.childKey = childKey;
        this.joinedField = joinedField;
        this.joinedSuffix = joinedSuffix;
        String select = kind == Kind.VALUES ? "{c}." + childColumn + ", " + valueColumn + "::text" : "{c}.*";
        this.batchSql = alias("select " + select + " from " + from + " where {c}." + childColumn + " in (:keys)", "c");
    }

    /**
     * The row of entity {@code type} in {@code table} whose {@code id} is the parent's {@code parentColumn}
     * ({@code parentKey} in Java); {@code key} reads a related row's {@code id}.
     */
    public static <P, C> Relation<P, C> one(Class<C> type, String table, String parentColumn, Function<P, Long> parentKey,
            Function<C, Long> key) {
        return new Relation<>(Kind.ONE, type, table + " {c}", "id", parentColumn, null, null, parentKey, key, null, null);
    }

    /**
     * The rows of entity {@code type} in {@code from} whose {@code childColumn} ({@code childKey} in Java) is the
     * parent's {@code id} ({@code parentKey}), in the order {@code orderBy}.
     */
    public static <P, C> Relation<P, C> many(Class<C> type, String from, String childColumn, Function<C, Long> childKey,
            Function<P, Long> parentKey, String orderBy) {
        return new Relation<>(Kind.MANY, type, from, childColumn, "id", orderBy, null, parentKey, childKey, null, null);
    }

    /**
     * The values of {@code valueColumn} (read as text, then as {@code type} by {@link ColumnText}) of the rows in
     * {@code from} whose {@code childColumn} is the parent's {@code id} ({@code parentKey}), in the order {@code orderBy}.
     */
    public static <P, V> Relation<P, V> values(Class<V> type, String from, String childColumn, String valueColumn,
            Function<P, Long> parentKey, String orderBy) {
        return new Relation<>(Kind.VALUES, type, from, childColumn, "id", orderBy, valueColumn, parentKey, null, null, null);
    }

    /**
     * The same relation, saying that {@link #from} already joins the related rows' relation {@code field} as the table
     * aliased {@code {c}} and {@code suffix} (e.g. {@code {c}t}), so that a prefetch reads it from that join.
     */
    public Relation<P, C> joining(String field, String suffix) {
        return new Relation<>(kind, type, from, childColumn, parentColumn, orderBy, valueColumn, parentKey, childKey, field, suffix);
    }

    public Kind kind() {
        return kind;
    }

    /** The related rows' entity class, or the values' type. */
    public Class<C> type() {
        return type;
    }

    /** The tables of the related rows, {@code {c}} their alias. */
    public String from() {
        return from;
    }

    /** The key condition between a related row {@code {c}} and its parent {@code {p}}. */
    public String where() {
        return "{c}." + childColumn + " = {p}." + parentColumn;
    }

    /** The order of a parent's related rows (null for {@link Kind#ONE}). */
    public String orderBy() {
        return orderBy;
    }

    /** The column of a list of values, on {@code {c}} (null unless {@link Kind#VALUES}). */
    public String valueColumn() {
        return valueColumn;
    }

    /** The relation of the related rows that {@link #from} joins (see {@link #joining}), or null. */
    public String joinedField() {
        return joinedField;
    }

    public String joinedSuffix() {
        return joinedSuffix;
    }

    /** The statement of the batched read: its key condition is {@code in (:keys)}, the parents' keys ({@link Hql}). */
    public String batchStatement() {
        return batchSql;
    }

    /**
     * SQL of one number: the most related rows or values one parent has, so that the cost estimate of a query counts
     * this relation's lists as long as the longest in the database.
     */
    public String mostPerParent() {
        if (kind == Kind.ONE) {
            throw new IllegalStateException("A relation to one row has no list");
        }
        return mostPerKey(alias(from, "c"), "c." + childColumn);
    }

    /** SQL of one number: the most rows of {@code from} that share a value of {@code key}, but null (none: no row). */
    public static String mostPerKey(String from, String key) {
        return mostPerKey(from, key, "*");
    }

    /** SQL of one number: the most {@code counted} values (such as {@code distinct t.drug_id}) per value of {@code key}. */
    public static String mostPerKey(String from, String key, String counted) {
        return "select count(" + counted + ") from " + from + " group by " + key + " having " + key + " is not null"
                + " order by 1 desc limit 1";
    }

    /** SQL of one number: the rows of {@code table}. */
    public static String rowsOf(String table) {
        return "select count(*) from " + table;
    }

    /** {@code sql} with the alias {@code alias} for {@code {c}}. */
    public static String alias(String sql, String alias) {
        return sql.replace("{c}", alias);
    }

    /**
     * For each parent, in their order, its related row (null for none): one statement. Runs in the current Panache
     * session.
     */
    public Uni<List<C>> one(List<P> parents) {
        requireKind(Kind.ONE);
        List<Long> keys = new ArrayList<>(parents.size());
        for (P parent : parents) {
            keys.add(parentKey.apply(parent));
        }
        List<Long> distinct = keys.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(keys.stream().map(key -> (C) null).toList());
        }
        return Hql.nativeList(type, batchSql, Map.of("keys", distinct)).map(rows -> {
            Map<Long, C> byKey = new HashMap<>(rows.size() * 2);
            for (C row : rows) {
                byKey.put(childKey.apply(row), row);
            }
            List<C> related = new ArrayList<>(keys.size());
            for (Long key : keys) {
                related.add(key == null ? null : byKey.get(key));
            }
            return related;
        });
    }

    /** For each parent key, in their order, its related rows or values in the declared order: one statement. */
    public Uni<List<List<C>>> many(List<Long> parentKeys) {
        return many(parentKeys, null, Map.of());
    }

    /**
     * As {@link #many(List)}, of the related rows for which {@code condition} (SQL on {@code {c}} and the tables
     * {@link #from} joins, with {@code parameters}) also holds; none when it is null.
     */
    public Uni<List<List<C>>> many(List<Long> parentKeys, String condition, Map<String, Object> parameters) {
        if (kind == Kind.ONE) {
            throw new IllegalStateException("A relation to one row is read with one(parents)");
        }
        List<Long> distinct = parentKeys.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(parentKeys.stream().map(key -> List.<C> of()).toList());
        }
        Map<String, Object> bound = new HashMap<>(parameters);
        bound.put("keys", distinct);
        String sql = batchSql + (condition == null ? "" : " and " + alias(condition, "c")) + " order by " + alias(orderBy, "c");
        if (kind == Kind.VALUES) {
            Function<String, Object> value = ColumnText.reader(type, from);
            return Hql.nativeTuples(sql, bound).map(rows -> grouped(parentKeys, rows, row -> ((Number) row[0]).longValue(),
                    row -> type.cast(row[1] == null ? null : value.apply((String) row[1]))));
        }
        return Hql.nativeList(type, sql, bound).map(rows -> grouped(parentKeys, rows, childKey, row -> row));
    }

    private static <R, C> List<List<C>> grouped(List<Long> parentKeys, List<R> rows, Function<R, Long> key, Function<R, C> value) {
        Map<Long, List<C>> byKey = new HashMap<>();
        for (R row : rows) {
            byKey.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        List<List<C>> result = new ArrayList<>(parentKeys.size());
        for (Long parentKey : parentKeys) {
            result.add(byKey.getOrDefault(parentKey, List.of()));
        }
        return result;
    }

    private void requireKind(Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException("A relation of kind " + kind + " is not read as " + expected);
        }
    }
}
