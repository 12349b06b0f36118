package org.eczemarx.prefetch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eczemarx.graphql.Prefetched;
import org.eczemarx.graphql.Resolvers;
import org.eczemarx.graphql.Selections;
import org.eczemarx.persistence.Hql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.mutiny.Uni;

/**
 * Reads a root field's objects together with the relations the client selected below them, in one SQL statement.
 *
 * <p>Without it, every relation and level of a query is one more batched statement ({@code drug(name)} with its class,
 * brands, targets, monitoring, adverse effects and approvals took 11). A root resolver that supports it asks for the
 * plan of its selection ({@link #below}); its repository selects, instead of the row's columns, one {@code text[]}
 * per object, holding its columns and, for each selected relation of {@link Relations}, the related rows (a
 * two-dimensional {@code text[]}, one row per object, in its text form), built by PostgreSQL with correlated
 * subqueries. Text arrays rather than JSON: PostgreSQL 15 builds them in about two thirds of the time. Columns no
 * selected field reads are left out (a drug's mechanism, a test's rationale, keys but the row's own), unless the
 * selection has a field that could need any of them. {@link #read} turns those arrays back into objects and records the
 * relation values in the request's {@link Prefetched}, where the relation fields find them instead of a data loader.
 *
 * <p>Relations given arguments ({@code brands(region: US)}), relations deeper than {@value PrefetchPlan#MAX_DEPTH} levels and fields
 * {@link Relations} does not know are left to their resolvers and data loaders, as before.
 *
 * <p>A plan and its select list depend only on the operation, where in it the resolver runs and the values of the
 * variables used below that field, so they are made once and kept ({@link #PLANS}): a client sending the same document
 * again (every app does) costs a lookup, not a normalised selection, a plan and a statement text.
 */
public final class Prefetch {

    private static final Prefetch NONE = new Prefetch(null, null);

    /** Where in an operation a plan applies: the field's path (result keys, without list indices) and what was asked. */
    private record Site(List<String> path, String type, List<String> paths) {
    }

    /**
     * The plans of one site by the values of the variables used below its field (none for most operations): at most
     * {@value #MAX_VARIANTS} sets of values, each of short scalars only ({@link #keepable}); beyond that they are
     * dropped and made again, and other values are planned per request. What is kept stays small, whatever clients send.
     */
    private record Variants(Set<String> variables, Map<Map<String, Object>, PrefetchPlan> plans) {
    }

    private static final int MAX_VARIANTS = 64;
    private static final int MAX_KEPT_TEXT = 64;

    /**
     * Plans by operation (the parsed document's node, held weakly: a plan lives as long as the endpoint's document cache
     * keeps the document, and no longer) and {@link Site}.
     */
    private static final Cache<OperationDefinition, Map<Site, Variants>> PLANS = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(2_000)
            .build();

    private final PrefetchPlan plan;
    private final Prefetched store;

    private Prefetch(PrefetchPlan plan, Prefetched store) {
        this.plan = plan;
        this.store = store;
    }

    /**
     * The plan for the objects of GraphQL type {@code type} that the running resolver returns, at {@code paths} of its
     * selection ({@code "nodes"}, {@code "edges/node"} for a connection; none for the field's own objects). Empty when
     * no supported relation is selected, or when called outside a resolver.
     */
    public static Prefetch below(String type, String... paths) {
        DataFetchingEnvironment environment = Resolvers.current();
        EntityColumns columns = Relations.entity(type);
        if (environment == null || columns == null) {
            return NONE;
        }
        Map<Site, Variants> sites = PLANS.get(environment.getOperationDefinition(), operation -> new ConcurrentHashMap<>());
        Variants variants = sites.computeIfAbsent(
                new Site(environment.getExecutionStepInfo().getPath().getKeysOnly(), type, List.of(paths)),
                site -> new Variants(Selections.variablesBelow(environment), new ConcurrentHashMap<>()));
        Map<String, Object> values = new HashMap<>();
        boolean keep = true;
        for (String variable : variants.variables()) {
            Object value = environment.getVariables().get(variable);
            keep &= keepable(value);
            values.put(variable, value);
        }
        PrefetchPlan plan = keep ? variants.plans().get(values) : null;
        if (plan == null) {
            List<SelectedField> fields = new ArrayList<>();
            for (String path : paths.length == 0 ? new String[] { "" } : paths) {
                fields.addAll(Selections.at(environment.getSelectionSet(), path));
            }
            plan = PrefetchPlan.of(type, columns, fields);
            if (keep) {
                if (variants.plans().size() >= MAX_VARIANTS) {
                    variants.plans().clear();
                }
                variants.plans().put(values, plan);
            }
        }
        return plan.root() == null ? NONE : new Prefetch(plan, Prefetched.of(environment));
    }

    /** A variable value a kept plan may be keyed by: null, a boolean, a number or a short text (an enum's too). */
    private static boolean keepable(Object value) {
        return value == null || value instanceof Boolean || value instanceof Number
                || value instanceof String text && text.length() <= MAX_KEPT_TEXT;
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
        Map<Object, Map<String, Object>> values = new IdentityHashMap<>();
        List<T> objects = new ArrayList<>(rows.size());
        for (String row : rows) {
            objects.add(type.cast(read(PgArrays.elements(row), plan.root(), values)));
        }
        store.addAll(values);
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
                            list.add(item == null ? null : step.relation().value().read(item));
                        }
                        yield list;
                    }
                };
            }
            fields.put(step.relation().field(), value);
        }
        values.put(object, fields);
        return object;
    }
}
