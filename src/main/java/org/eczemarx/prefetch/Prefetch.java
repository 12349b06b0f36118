package org.eczemarx.prefetch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eczemarx.graphql.DirectResolvers;
import org.eczemarx.graphql.Selections;
import org.eczemarx.persistence.Hql;
import org.eczemarx.prefetch.Relations.Relation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import io.smallrye.mutiny.Uni;

/**
 * Reads a root field's objects together with the relations the client selected below them, in one SQL statement.
 *
 * <p>Without it, every relation and level of a query is one more batched statement ({@code drug(name)} with its class,
 * brands, targets, monitoring, adverse effects and approvals took 11). A root resolver that supports it asks for the
 * plan of its selection ({@link #below}); its repository selects {@link #select} instead of the row's columns: one
 * JSON array per object, holding its columns and, for each selected relation of {@link Relations}, the related rows,
 * built by PostgreSQL with correlated subqueries. Columns no selected field reads are left out (a drug's mechanism, a
 * test's rationale), except keys, unless the selection has a field that could need any of them. {@link #read} turns
 * those arrays back into objects and records the
 * relation values in the request's {@link Prefetched}, where the relation fields find them instead of a data loader.
 *
 * <p>Relations given arguments ({@code brands(region: US)}), relations deeper than {@value #MAX_DEPTH} levels and fields
 * {@link Relations} does not know are left to their resolvers and data loaders, as before.
 */
public final class Prefetch {

    /** Levels of relations read in one statement; deeper ones are batched by their resolvers. */
    static final int MAX_DEPTH = 5;
    private static final JsonFactory JSON = new JsonFactory();
    private static final Prefetch NONE = new Prefetch(null, null);

    /** Objects of one entity: which of its columns are read, and which relations below them. */
    private record Node(EntityColumns entity, int[] columns, List<Step> steps) {
    }

    private record Step(Relation relation, Node child) {
    }

    private final Node root;
    private final Prefetched store;

    private Prefetch(Node root, Prefetched store) {
        this.root = root;
        this.store = store;
    }

    /**
     * The plan for the objects of GraphQL type {@code type} that the running resolver returns, at {@code paths} of its
     * selection ({@code "nodes"}, {@code "edges/node"} for a connection; none for the field's own objects). Empty when
     * no supported relation is selected, or when called outside a resolver.
     */
    public static Prefetch below(String type, String... paths) {
        DataFetchingEnvironment environment = DirectResolvers.current();
        EntityColumns columns = Relations.entity(type);
        if (environment == null || columns == null) {
            return NONE;
        }
        List<SelectedField> fields = new ArrayList<>();
        for (String path : paths.length == 0 ? new String[] { "" } : paths) {
            fields.addAll(Selections.at(environment.getSelectionSet(), path));
        }
        Node plan = plan(type, columns, fields, 0);
        return plan.steps().isEmpty() ? NONE : new Prefetch(plan, Prefetched.of(environment));
    }

    private boolean isEmpty() {
        return root == null;
    }

    /**
     * Rows of a native query as objects of {@code type}: {@code sql} holds {@code {columns}} for its select list, and
     * {@code alias} names the rows' table there. Without a plan, the rows' columns ({@code alias.*}); with one, a JSON
     * array per row.
     */
    public <T> Uni<List<T>> list(Class<T> type, String sql, String alias, Map<String, Object> parameters) {
        if (isEmpty()) {
            return Hql.nativeList(type, sql.replace("{columns}", alias + ".*"), parameters);
        }
        return Hql.nativeList(String.class, sql.replace("{columns}", json(root, alias, new int[1], null, Map.of()) + "::text"), parameters)
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
                steps.add(new Step(relation, null));
            } else {
                List<SelectedField> below = new ArrayList<>();
                same.forEach(field -> below.addAll(field.getSelectionSet().getImmediateFields()));
                steps.add(new Step(relation, plan(relation.childType(), relation.child(), below, depth + 1)));
            }
        });
        return new Node(entity, allColumns ? entity.all() : entity.forFields(leaves), steps);
    }

    private static boolean withoutArguments(SelectedField field) {
        return field.getArguments().values().stream().allMatch(value -> value == null);
    }

    /**
     * {@code json_build_array(columns..., relation...)} for a row aliased {@code alias}. A single related row ({@code ONE})
     * is joined into the statement that reads {@code alias} when that statement is one of ours ({@code joins} not null:
     * what is appended there goes after its {@code from}), or taken from a join that statement already has
     * ({@code joined}: field to alias); otherwise, and for lists, it is a correlated subquery.
     */
    private static String json(Node node, String alias, int[] aliases, StringBuilder joins, Map<String, String> joined) {
        StringBuilder sql = new StringBuilder("json_build_array(").append(node.entity().selectList(alias, node.columns()));
        for (Step step : node.steps()) {
            Relation relation = step.relation();
            sql.append(", ");
            String present = joined.get(relation.field());
            if (present != null) {
                sql.append(json(step.child(), present, aliases, joins, Map.of()));
                continue;
            }
            String child = "t" + (++aliases[0]);
            String where = relation.where().replace("{c}", child).replace("{p}", alias);
            if (relation.kind() == Relations.Kind.ONE && joins != null) {
                joins.append(" left join ").append(relation.from().replace("{c}", child)).append(" on ").append(where);
                sql.append("case when ").append(child).append(".id is null then null else ")
                        .append(json(step.child(), child, aliases, joins, Map.of())).append(" end");
                continue;
            }
            StringBuilder inner = new StringBuilder();
            Map<String, String> childJoined = relation.joinedField() == null ? Map.of()
                    : Map.of(relation.joinedField(), child + relation.joinedSuffix());
            sql.append("(select ");
            switch (relation.kind()) {
                case ONE -> sql.append(json(step.child(), child, aliases, inner, childJoined));
                case MANY -> sql.append("coalesce(json_agg(").append(json(step.child(), child, aliases, inner, childJoined))
                        .append(" order by ").append(relation.orderBy().replace("{c}", child)).append("), '[]')");
                case VALUES -> sql.append("coalesce(json_agg(").append(relation.column().replace("{c}", child))
                        .append(" order by ").append(relation.orderBy().replace("{c}", child)).append("), '[]')");
            }
            sql.append(" from ").append(relation.from().replace("{c}", child)).append(inner)
                    .append(" where ").append(where).append(')');
        }
        return sql.append(')').toString();
    }

    private <T> List<T> read(List<String> rows, Class<T> type) {
        Map<Object, Map<String, Object>> values = new IdentityHashMap<>();
        List<T> objects = new ArrayList<>(rows.size());
        for (String row : rows) {
            try (JsonParser json = JSON.createParser(row)) {
                json.nextToken();
                objects.add(type.cast(read(json, root, values)));
            } catch (IOException e) {
                throw new IllegalStateException("Unreadable prefetched row", e);
            }
        }
        store.addAll(values);
        return objects;
    }

    /** The object of the array the parser is on, and its relations; leaves the parser on the array's end. */
    private static Object read(JsonParser json, Node node, Map<Object, Map<String, Object>> values) throws IOException {
        Object object = node.entity().read(json, node.columns());
        if (!node.steps().isEmpty()) {
            Map<String, Object> fields = new HashMap<>(node.steps().size() * 2);
            for (Step step : node.steps()) {
                JsonToken token = json.nextToken();
                Object value = switch (step.relation().kind()) {
                    case ONE -> token == JsonToken.VALUE_NULL ? null : read(json, step.child(), values);
                    case MANY -> {
                        List<Object> list = new ArrayList<>();
                        while (json.nextToken() == JsonToken.START_ARRAY) {
                            list.add(read(json, step.child(), values));
                        }
                        yield list;
                    }
                    case VALUES -> {
                        List<Object> list = new ArrayList<>();
                        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
                            list.add(item == JsonToken.VALUE_NULL ? null : step.relation().value().read(json));
                        }
                        yield list;
                    }
                };
                fields.put(step.relation().field(), value);
            }
            values.put(object, fields);
        }
        if (json.nextToken() != JsonToken.END_ARRAY) {
            throw new IllegalStateException("A prefetched row has more items than its plan");
        }
        return object;
    }
}
