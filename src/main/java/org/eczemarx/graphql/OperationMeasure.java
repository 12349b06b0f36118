package org.eczemarx.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.introspection.Introspection;
import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Root fields, depth and cost of one operation, linear in the document: fragments (known to be acyclic by then) are
 * measured once each and remembered, so fragments that spread others many times cannot make measuring expensive.
 */
final class OperationMeasure {

    /** Results above this are all "too much"; keeps the arithmetic from overflowing. */
    static final long CAP = 1L << 40;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final Map<String, Integer> fragmentDepth = new HashMap<>();
    private final Map<String, Long> fragmentCost = new HashMap<>();
    private final Map<String, Long> fragmentRootFields = new HashMap<>();
    private final long assumedListSize;
    private final Map<String, Long> largest;
    private boolean introspection;

    /**
     * @param variables       the request's variables (a {@code first: $n} counts as its value)
     * @param largest         the most items of list fields by coordinates ({@code "LabTest.requirements"}), as the
     *                        database holds them ({@link ListBounds})
     * @param assumedListSize the items counted for a list without {@code first} or {@code ids} not in {@code largest}
     */
    OperationMeasure(GraphQLSchema schema, Document document, Map<String, Object> variables, Map<String, Long> largest,
            long assumedListSize) {
        this.schema = schema;
        this.variables = variables == null ? Map.of() : variables;
        this.largest = largest;
        this.assumedListSize = assumedListSize;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    /** True once {@link #rootFields} has seen {@code __schema} or {@code __type}. */
    boolean introspection() {
        return introspection;
    }

    /** Root fields of a selection, through fragments. */
    long rootFields(SelectionSet set) {
        long count = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().equals("__schema") || field.getName().equals("__type")) {
                    introspection = true;
                }
                count++;
            } else if (selection instanceof InlineFragment inline) {
                count += rootFields(inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                Long known = fragmentRootFields.get(spread.getName());
                if (known == null) {
                    known = rootFields(fragments.get(spread.getName()).getSelectionSet());
                    fragmentRootFields.put(spread.getName(), known);
                }
                count += known;
            }
            count = Math.min(count, CAP);
        }
        return count;
    }

    /** Levels of fields below a selection, through fragments. */
    int depth(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        int deepest = 0;
        for (Selection<?> selection : set.getSelections()) {
            int depth = 0;
            if (selection instanceof Field field) {
                depth = 1 + depth(field.getSelectionSet());
            } else if (selection instanceof InlineFragment inline) {
                depth = depth(inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                Integer known = fragmentDepth.get(spread.getName());
                if (known == null) {
                    known = depth(fragments.get(spread.getName()).getSelectionSet());
                    fragmentDepth.put(spread.getName(), known);
                }
                depth = known;
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    /** Each field costs 1, and a list's fields count once per item; capped at {@link #CAP}. */
    long cost(SelectionSet set, GraphQLType parent) {
        if (set == null) {
            return 0;
        }
        long total = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                total += fieldCost(field, parent);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType type = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                total += cost(inline.getSelectionSet(), type);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                Long known = fragmentCost.get(spread.getName());
                if (known == null) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    known = cost(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
                    fragmentCost.put(spread.getName(), known);
                }
                total += known;
            }
            total = Math.min(total, CAP);
        }
        return total;
    }

    private long fieldCost(Field field, GraphQLType parent) {
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        if (definition == null) {
            return 1; // unknown fields are rejected by validation later
        }
        long children = cost(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()));
        long items = Math.max(items(field, definition, parent), 0);
        long perItem = items == 0 ? 0 : Math.min(CAP, children > CAP / items ? CAP : items * children);
        return Math.min(CAP, 1 + perItem);
    }

    /**
     * How many items a field may return: its {@code first} (no more than the database holds), the size of its
     * {@code ids}, the most the database holds, or else (the sizes not read yet) an assumed size.
     */
    private long items(Field field, GraphQLFieldDefinition definition, GraphQLType parent) {
        String parentName = GraphQLTypeUtil.simplePrint(parent);
        Long most = largest.get(parentName + "." + field.getName());
        GraphQLArgument first = definition.getArgument("first");
        if (first != null) {
            Long value = intArgument(field, "first");
            if (value == null && first.hasSetDefaultValue() && first.getArgumentDefaultValue().getValue() instanceof Number n) {
                value = n.longValue();
            }
            if (value == null && first.hasSetDefaultValue() && first.getArgumentDefaultValue().getValue() instanceof IntValue n) {
                value = n.getValue().longValue();
            }
            long page = value == null ? assumedListSize : value;
            return most == null ? page : Math.min(page, most);
        }
        if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
            return 1;
        }
        if (parentName.startsWith("__") || parentName.endsWith("Connection")) {
            return 1; // introspection lists are small; a connection's edges were counted by its `first`
        }
        Long ids = listArgumentSize(field, "ids");
        if (ids != null) {
            return ids;
        }
        return most != null ? most : assumedListSize;
    }

    private Long intArgument(Field field, String name) {
        Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
        if (argument == null) {
            return null;
        }
        Value<?> value = argument.getValue();
        if (value instanceof IntValue literal) {
            // Beyond 32 bits it is no Int: validation refuses it (GRAPHQL_VALIDATION_FAILED), not the cost.
            return literal.getValue().bitLength() > 31 ? null : literal.getValue().min(java.math.BigInteger.valueOf(CAP)).longValue();
        }
        if (value instanceof VariableReference reference && variables.get(reference.getName()) instanceof Number n) {
            return InputValues.isInt(n) ? n.longValue() : null; // not an Int: its coercion refuses it (BAD_USER_INPUT), not the cost
        }
        return null;
    }

    private Long listArgumentSize(Field field, String name) {
        Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
        if (argument == null) {
            return null;
        }
        if (argument.getValue() instanceof ArrayValue array) {
            return (long) array.getValues().size();
        }
        if (argument.getValue() instanceof VariableReference reference && variables.get(reference.getName()) instanceof List<?> list) {
            return (long) list.size();
        }
        return null;
    }

    private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
        return switch (name) {
            case "__typename" -> null;
            case "__schema" -> Introspection.SchemaMetaFieldDef;
            case "__type" -> Introspection.TypeMetaFieldDef;
            default -> parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        };
    }
}
