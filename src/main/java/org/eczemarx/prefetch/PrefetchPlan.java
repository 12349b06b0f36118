package org.eczemarx.prefetch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.Relations.Field;

import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;

/**
 * What one prefetch reads and the SQL that reads it: the objects of a root field and, for each selected relation of
 * {@link Relations} without arguments, up to {@value #MAX_DEPTH} levels, the related rows; and the select list (a
 * {@code text[]} per object, made once per table alias) that PostgreSQL answers it with.
 */
final class PrefetchPlan {

    /** Levels of relations read in one statement; deeper ones are batched by their resolvers. */
    static final int MAX_DEPTH = 5;

    /**
     * Objects of one entity: which of its columns are read, and which relations below them.
     *
     * @param width how many items of its row this object takes: its columns, and per relation one item or, inline, the
     *              child's
     */
    record Node(EntityColumns entity, int[] columns, List<Step> steps, int width) {

        Node(EntityColumns entity, int[] columns, List<Step> steps) {
            this(entity, columns, steps, columns.length
                    + steps.stream().mapToInt(step -> step.inline() ? step.child().width() : 1).sum());
        }
    }

    /**
     * @param inline a single related row whose items go into its parent's row (joined there) rather than as one
     *               nested array: every {@code ONE} relation below the root object
     */
    record Step(Field relation, Node child, boolean inline) {
    }

    private final Node root;
    private final Map<String, String> selectLists = new ConcurrentHashMap<>();

    private PrefetchPlan(Node root) {
        this.root = root;
    }

    /** The plan for the {@code fields} selected on objects of GraphQL type {@code type}; without relations, none. */
    static PrefetchPlan of(Relations relations, String type, EntityColumns entity, List<SelectedField> fields) {
        Node root = plan(relations, type, entity, fields, 0);
        return new PrefetchPlan(root.steps().isEmpty() ? null : root);
    }

    /** The root objects' node; null when the selection has no relation to prefetch. */
    Node root() {
        return root;
    }

    /** The select list for rows aliased {@code alias}: one {@code text[]} per object, as text. */
    String selectList(String alias) {
        return selectLists.computeIfAbsent(alias, a -> array(root, a, new int[1], null, Map.of()) + "::text");
    }

    private static Node plan(Relations relations, String type, EntityColumns entity, List<SelectedField> fields, int depth) {
        Map<String, List<SelectedField>> selected = new LinkedHashMap<>();
        Set<String> leaves = new HashSet<>();
        boolean allColumns = false;
        for (SelectedField field : fields) {
            if (!field.getObjectTypeNames().contains(type)) {
                continue;
            }
            String name = field.getName();
            Field relation = relations.of(type, name);
            if (relation != null && depth < MAX_DEPTH && withoutArguments(field)) {
                selected.computeIfAbsent(name, n -> new ArrayList<>()).add(field);
            } else if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType())) && (entity.hasField(name) || name.equals("id"))) {
                leaves.add(name);
            } else {
                allColumns = true; // a field computed from other columns, or a resolver that may read any of them
            }
        }
        List<Step> steps = new ArrayList<>(selected.size());
        selected.forEach((name, same) -> {
            Field relation = relations.of(type, name);
            if (relation.kind() == Relation.Kind.VALUES) {
                steps.add(new Step(relation, null, false));
            } else {
                List<SelectedField> below = new ArrayList<>();
                same.forEach(field -> below.addAll(field.getSelectionSet().getImmediateFields()));
                steps.add(new Step(relation, plan(relations, relation.childType(), relation.child(), below, depth + 1),
                        relation.kind() == Relation.Kind.ONE && depth > 0));
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
            Field field = step.relation();
            Relation<?, ?> relation = field.declaration();
            String present = joined.get(field.name());
            if (present != null) {
                items(step.child(), present, aliases, joins, Map.of(), items);
                continue;
            }
            String child = "t" + (++aliases[0]);
            String where = relation.where().replace("{c}", child).replace("{p}", alias);
            if (step.inline()) {
                joins.append(" left join ").append(Relation.alias(relation.from(), child)).append(" on ").append(where);
                items(step.child(), child, aliases, joins, Map.of(), items);
                continue;
            }
            StringBuilder inner = new StringBuilder();
            Map<String, String> childJoined = relation.joinedField() == null ? Map.of()
                    : Map.of(relation.joinedField(), child + relation.joinedSuffix());
            String from = " from " + Relation.alias(relation.from(), child);
            items.add(switch (relation.kind()) {
                case ONE -> "(select " + array(step.child(), child, aliases, inner, childJoined) + "::text" + from + inner
                        + " where " + where + ")";
                case MANY, VALUES -> {
                    String item = relation.kind() == Relation.Kind.MANY ? array(step.child(), child, aliases, inner, childJoined)
                            : Relation.alias(relation.valueColumn(), child) + "::text";
                    yield "array(select " + item + from + inner + " where " + where + " order by "
                            + Relation.alias(relation.orderBy(), child) + ")::text";
                }
            });
        }
    }
}
