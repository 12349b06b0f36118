package org.eczemarx.prefetch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.eczemarx.graphql.Prefetched;
import org.eczemarx.graphql.Resolvers;
import org.eczemarx.graphql.Selections;
import org.eczemarx.persistence.Hql;
import org.eczemarx.prefetch.Relations.Relation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;
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
 * <p>Relations given arguments ({@code brands(region: US)}), relations deeper than {@value #MAX_DEPTH} levels and fields
 * {@link Relations} does not know are left to their resolvers and data loaders, as before.
 *
 * <p>A plan and its select list depend only on the operation, where in it the resolver runs and the values of the
 * variables used below that field, so they are made once and kept ({@link #PLANS}): a client sending the same document
 * again (every app does) costs a lookup, not a normalised selection, a plan and a statement text.
 */
public final class Prefetch {

    /** Levels of relations read in one statement; deeper ones are batched by their resolvers. */
    static final int MAX_DEPTH = 5;
    private static final Prefetch NONE = new Prefetch(null, null);

    /**
     * Objects of one entity: which of its columns are read, and which relations below them.
     *
     * @param width how many items of its row this object takes: its columns, and per relation one item or, inline, the
     *              child's
     */
    private record Node(EntityColumns entity, int[] columns, List<Step> steps, int width) {

        Node(EntityColumns entity, int[] columns, List<Step> steps) {
            this(entity, columns, steps, columns.length
                    + steps.stream().mapToInt(step -> step.inline() ? step.child().width() : 1).sum());
        }
    }

    /**
     * @param inline a single related row whose items go into its parent's row (joined there) rather than as one
     *               nested array: every {@code ONE} relation below the root object
     */
    private record Step(Relation relation, Node child, boolean inline) {
    }

    /**
     * A plan and the select lists made from it, by the alias of the rows' table: what stays the same for every request
     * with the same operation and variables.
     */
    private static final class Plan {
        private final Node root;
        private final Map<String, String> selectLists = new ConcurrentHashMap<>();

        Plan(Node root) {
            this.root = root;
        }

        String selectList(String alias) {
            return selectLists.computeIfAbsent(alias, a -> array(root, a, new int[1], null, Map.of()) + "::text");
        }
    }

    /** Where in an operation a plan applies: the field's path (result keys, without list indices) and what was asked. */
    private record Site(List<String> path, String type, List<String> paths) {
    }

    /**
     * The plans of one site by the values of the variables used below its field (none for most operations): at most
     * {@value #MAX_VARIANTS} sets of values, each of short scalars only ({@link #keepable}); beyond that they are
     * dropped and made again, and other values are planned per request. What is kept stays small, whatever clients send.
     */
    private record Variants(Set<String> variables, Map<Map<String, Object>, Plan> plans) {
    }

    private static final int MAX_VARIANTS = 64;
    private static final int MAX_KEPT_TEXT = 64;

    /**
     * Plans by operation (the parsed document's node, held weakly: a plan lives as long as SmallRye's document cache
     * keeps the document, and no longer) and {@link Site}.
     */
    private static final Cache<OperationDefinition, Map<Site, Variants>> PLANS = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(2_000)
            .build();

    private final Plan plan;
    private final Prefetched store;

    private Prefetch(Plan plan, Prefetched store) {
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
        Plan plan = keep ? variants.plans().get(values) : null;
        if (plan == null) {
            List<SelectedField> fields = new ArrayList<>();
            for (String path : paths.length == 0 ? new String[] { "" } : paths) {
                fields.addAll(Selections.at(environment.getSelectionSet(), path));
            }
            Node root = plan(type, columns, fields, 0);
            plan = new Plan(root.steps().isEmpty() ? null : root);
            if (keep) {
                if (variants.plans().size() >= MAX_VARIANTS) {
                    variants.plans().clear();
                }
                variants.plans().put(values, plan);
            }
        }
        return plan.root == null ? NONE : new Prefetch(plan, Prefetched.of(environment));
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

    private static Node plan(String type, EntityColumns entity, List<SelectedField> fields, int depth) {
        Map<String, List<SelectedField>> relations = new LinkedHashMap<>();
        Set<String> leaves = new HashSet<>();
        boolean allColumns = false;
        for (SelectedField field : fields) {
            if (!field.getObjectTypeNames().contains(type)) {
                continue;
            }
            String name = field.getName();
            Relation relation = Relations.of(type, name);
            if (relation != null && depth < MAX_DEPTH && withoutArguments(field)) {
                relations.computeIfAbsent(name, n -> new ArrayList<>()).add(field);
            } else if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType())) && (entity.hasField(name) || name.equals("id"))) {
                leaves.add(name);
            } else {
                allColumns = true; // a field computed from other columns, or a resolver that may read any of them
            }
        }
        List<Step> steps = new ArrayList<>(relations.size());
        relations.forEach((name, same) -> {
            Relation relation = Relations.of(type, name);
            if (relation.kind() == Relations.Kind.VALUES) {
                steps.add(new Step(relation, null, false));
            } else {
                List<SelectedField> below = new ArrayList<>();
                same.forEach(field -> below.addAll(field.getSelectionSet().getImmediateFields()));
                steps.add(new Step(relation, plan(relation.childType(), relation.child(), below, depth + 1),
                        relation.kind() == Relations.Kind.ONE && depth > 0));
            }
        });
        return new Node(entity, allColumns ? entity.all() : entity.forFields(leaves), steps);
    }

    private static boolean withoutArguments(SelectedField field) {
        return field.getArguments().values().stream().allMatch(value -> value == null);
    }

    /**
     * {@code array[columns..., relation...]} (a {@code text[]}) for a row aliased {@code alias}: each column as text,
     * each relation as the text of a {@code text[]} (a single related row's, null when none; a list's rows as a
     * two-dimensional array; a list of values as a one-dimensional one), or, for a single related row {@link Step#inline
     * inline}, that row's own items in place.
     */
    private static String array(Node node, String alias, int[] aliases, StringBuilder joins, Map<String, String> joined) {
        StringJoiner items = new StringJoiner(", ", "array[", "]");
        items(node, alias, aliases, joins, joined, items);
        return items.toString();
    }

    /**
     * Adds the items of a row aliased {@code alias} to {@code items}. An inline single related row is joined into the
     * statement that reads {@code alias} ({@code joins}: what is appended there goes after its {@code from}), or taken
     * from a join that statement already has ({@code joined}: field to alias); a single row of the root object (whose
     * statement is the repository's), and every list, is a correlated subquery.
     */
    private static void items(Node node, String alias, int[] aliases, StringBuilder joins, Map<String, String> joined,
            StringJoiner items) {
        String columns = node.entity().selectList(alias, node.columns());
        items.add(columns);
        for (Step step : node.steps()) {
            Relation relation = step.relation();
            String present = joined.get(relation.field());
            if (present != null) {
                items(step.child(), present, aliases, joins, Map.of(), items);
                continue;
            }
            String child = "t" + (++aliases[0]);
            String where = relation.where().replace("{c}", child).replace("{p}", alias);
            if (step.inline()) {
                joins.append(" left join ").append(relation.from().replace("{c}", child)).append(" on ").append(where);
                items(step.child(), child, aliases, joins, Map.of(), items);
                continue;
            }
            StringBuilder inner = new StringBuilder();
            Map<String, String> childJoined = relation.joinedField() == null ? Map.of()
                    : Map.of(relation.joinedField(), child + relation.joinedSuffix());
            String from = " from " + relation.from().replace("{c}", child);
            items.add(switch (relation.kind()) {
                case ONE -> "(select " + array(step.child(), child, aliases, inner, childJoined) + "::text" + from + inner
                        + " where " + where + ")";
                case MANY, VALUES -> {
                    String item = relation.kind() == Relations.Kind.MANY ? array(step.child(), child, aliases, inner, childJoined)
                            : relation.column().replace("{c}", child) + "::text";
                    yield "array(select " + item + from + inner + " where " + where + " order by "
                            + relation.orderBy().replace("{c}", child) + ")::text";
                }
            });
        }
    }

    private <T> List<T> read(List<String> rows, Class<T> type) {
        Map<Object, Map<String, Object>> values = new IdentityHashMap<>();
        List<T> objects = new ArrayList<>(rows.size());
        for (String row : rows) {
            objects.add(type.cast(read(PgArrays.elements(row), plan.root, values)));
        }
        store.addAll(values);
        return objects;
    }

    /** The object of one row's items, with its relations recorded in {@code values}. */
    private static Object read(String[] items, Node node, Map<Object, Map<String, Object>> values) {
        if (items.length != node.width()) {
            throw new IllegalStateException("A prefetched row has " + items.length + " items, its plan " + node.width());
        }
        return read(items, 0, node, values);
    }

    /** The object whose items start at {@code from}. */
    private static Object read(String[] items, int from, Node node, Map<Object, Map<String, Object>> values) {
        Object object = node.entity().read(items, from, node.columns());
        if (node.steps().isEmpty()) {
            return object;
        }
        int at = from + node.columns().length;
        Map<String, Object> fields = new HashMap<>(node.steps().size() * 2);
        for (Step step : node.steps()) {
            Node child = step.child();
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
