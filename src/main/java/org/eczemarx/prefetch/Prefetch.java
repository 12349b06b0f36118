package org.eczemarx.prefetch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.graphql.FieldValues;
import org.eczemarx.persistence.Hql;

import io.smallrye.mutiny.Uni;

/**
 * Reads a root field's objects together with the relations the client selected below them, in one SQL statement.
 *
 * <p>Without it, every relation and level of a query is one more batched statement ({@code drug(name)} with its class,
 * brands, targets, monitoring, adverse effects and approvals took 11). A root resolver that supports it asks for the
 * plan of its selection ({@link Prefetches#below}); its repository selects, instead of the row's columns, one {@code text[]}
 * per object, holding its columns and, for each selected relation field a concept registered ({@link RelationFields}),
 * with the SQL of its declaration, the related rows (a
 * two-dimensional {@code text[]}, one row per object, in its text form), built by PostgreSQL with correlated
 * subqueries. Text arrays rather than JSON: PostgreSQL 15 builds them in about two thirds of the time. Columns no
 * selected field reads are left out (a drug's mechanism, a test's rationale, keys but the row's own), unless the
 * selection has a field that could need any of them. {@link #read} turns those arrays back into objects and keeps the
 * relation values by object: the prefetch is the {@link FieldValues} its resolver hands down to the fields below it
 * as graphql-java's local context, where the relation fields find them instead of a data loader.
 *
 * <p>Relations given arguments ({@code brands(region: US)}), relations deeper than {@value PrefetchPlan#MAX_DEPTH} levels and fields
 * no concept registered are left to their resolvers and data loaders, as before.
 */
public final class Prefetch implements FieldValues {

    static final Prefetch NONE = new Prefetch(null);

    private final PrefetchPlan plan;
    /** The relation values read, by object (by identity) and field. */
    private final Map<Object, Map<String, Object>> values = new IdentityHashMap<>();

    Prefetch(PrefetchPlan plan) {
        this.plan = plan;
    }

    @Override
    public Object valueOf(Object source, String field) {
        Map<String, Object> fields = values.get(source);
        return fields == null ? ABSENT : fields.getOrDefault(field, ABSENT);
    }

    private boolean isEmpty() {
        return plan == null;
    }

    /**
     * Rows of a native query as objects of {@code type}: {@code sql} holds {@code {columns}} for its select list, and
     * {@code alias} names the rows' table there. Without a plan, the rows' columns ({@code alias.*}); with one, a text
     * array per row.
     */
    public <T> Uni<List<T>> list(Class<T> type, String sql, String alias, Map<String, Object> parameters) {
        if (isEmpty()) {
            return Hql.nativeList(type, sql.replace("{columns}", alias + ".*"), parameters);
        }
        return Hql.nativeList(String.class, sql.replace("{columns}", plan.selectList(alias)), parameters)
                .map(rows -> read(rows, type));
    }

    private <T> List<T> read(List<String> rows, Class<T> type) {
        List<T> objects = new ArrayList<>(rows.size());
        for (String row : rows) {
            objects.add(type.cast(read(PgArrays.elements(row), plan.root(), values)));
        }
        return objects;
    }

    /** The object of one row's items, with its relations recorded in {@code values}. */
    private static Object read(String[] items, PrefetchPlan.Node node, Map<Object, Map<String, Object>> values) {
        if (items.length != node.width()) {
            throw new IllegalStateException("A prefetched row has " + items.length + " items, its plan " + node.width());
        }
        return read(items, 0, node, values);
    }

    /** The object whose items start at {@code from}. */
    private static Object read(String[] items, int from, PrefetchPlan.Node node, Map<Object, Map<String, Object>> values) {
        Object object = node.entity().read(items, from, node.columns());
        if (node.steps().isEmpty()) {
            return object;
        }
        int at = from + node.columns().length;
        Map<String, Object> fields = new HashMap<>(node.steps().size() * 2);
        for (PrefetchPlan.Step step : node.steps()) {
            PrefetchPlan.Node child = step.child();
            Object value;
            if (step.inline()) {
                // A left join that found no row leaves every item null, the key too.
                value = child.entity().isNullKey(items, at, child.columns()) ? null : read(items, at, child, values);
                at += child.width();
            } else {
                String text = items[at++];
                value = switch (step.relation().kind()) {
                    case ONE -> text == null ? null : read(PgArrays.elements(text), child, values);
                    case MANY -> {
                        List<String[]> rows = PgArrays.rows(text);
                        List<Object> list = new ArrayList<>(rows.size());
                        for (String[] row : rows) {
                            list.add(read(row, child, values));
                        }
                        yield list;
                    }
                    case VALUES -> {
                        String[] texts = PgArrays.elements(text);
                        List<Object> list = new ArrayList<>(texts.length);
                        for (String item : texts) {
                            list.add(item == null ? null : step.relation().value().apply(item));
                        }
                        yield list;
                    }
                };
            }
            fields.put(step.relation().name(), value);
        }
        values.put(object, fields);
        return object;
    }
}
