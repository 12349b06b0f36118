package org.eczemarx.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eczemarx.error.InvalidDocumentException;
import org.eczemarx.error.LimitExceededException;

import graphql.introspection.Introspection;
import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The limits of {@link ApiConfig.Limits}, checked on the parsed document before anything executes, in order of cost:
 * size and tokens while parsing, then aliases, fragment cycles, root fields, depth and the cost estimate, each linear
 * in the document (fragments are measured once and remembered, so fragments that spread others many times cannot
 * make the checks themselves expensive). Each failure says what was exceeded and what to change.
 *
 * <p>The parser limits are enforced here because SmallRye's {@code parser-max-tokens} setting did not reach the parser
 * in our trial; the parse here uses its own {@link ParserOptions}, so it does not depend on global state.
 */
@ApplicationScoped
public class QueryLimits {

    /** Results above this are all "too much"; keeps the arithmetic from overflowing. */
    private static final long CAP = 1L << 40;

    private final ApiConfig.Limits limits;
    private final ParserOptions parserOptions;

    QueryLimits(ApiConfig config) {
        this.limits = config.limits();
        this.parserOptions = ParserOptions.newParserOptions()
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(Math.max(limits.maxDocumentBytes(), 1))
                .maxCharacters(Math.max(limits.maxDocumentBytes(), 1))
                .captureSourceLocation(true)
                .captureLineComments(false)
                .captureIgnoredChars(false)
                .build();
    }

    /** What the checks found about the selected operation. */
    public record Analysis(int depth, long complexity, long rootFields, boolean introspection) {
    }

    /**
     * Parses a document within the size and token limits.
     *
     * @throws LimitExceededException when a limit is exceeded
     * @throws InvalidSyntaxException when the document is not GraphQL
     */
    public Document parse(String query) {
        int bytes = query.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxDocumentBytes()) {
            throw new LimitExceededException("The document has " + bytes + " bytes, more than the limit of "
                    + limits.maxDocumentBytes() + ": send a smaller document or a persisted query"
                    + " (server setting eczemarx.limits.max-document-bytes)");
        }
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query)
                    .parserOptions(parserOptions)
                    .build());
        } catch (ParseCancelledTooDeepException e) {
            throw new LimitExceededException("The document nests too deeply to parse: nest fewer levels"
                    + " (server setting eczemarx.limits.max-depth is " + limits.maxDepth() + ")");
        } catch (ParseCancelledTooManyCharsException e) {
            throw new LimitExceededException("The document has more than " + limits.maxDocumentBytes()
                    + " characters: send a smaller document (server setting eczemarx.limits.max-document-bytes)");
        } catch (ParseCancelledException e) {
            throw new LimitExceededException("The document has more than " + limits.maxTokens()
                    + " tokens: ask for fewer fields or split the query (server setting eczemarx.limits.max-tokens)");
        }
    }

    /** Checks aliases and fragment cycles, which concern the whole document. */
    public void checkDocument(Document document) {
        int aliases = countAliases(document);
        if (aliases > limits.maxAliases()) {
            throw new LimitExceededException("The document has " + aliases + " aliases, more than the limit of "
                    + limits.maxAliases() + ": use fewer aliases, or variables and several requests"
                    + " (server setting eczemarx.limits.max-aliases)");
        }
        List<String> cycle = fragmentCycle(document);
        if (!cycle.isEmpty()) {
            throw new InvalidDocumentException("Fragment cycle " + String.join(" -> ", cycle)
                    + ": a fragment must not spread itself, directly or through others");
        }
    }

    /** Checks root fields, depth and cost of the operation that will execute. */
    public Analysis checkOperation(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        Measure measure = new Measure(schema, document, variables == null ? Map.of() : variables);
        long rootFields = measure.rootFields(operation.getSelectionSet());
        if (rootFields > limits.maxRootFields()) {
            throw new LimitExceededException("The operation selects " + rootFields + " root fields, more than the limit of "
                    + limits.maxRootFields() + ": split it into several requests"
                    + " (server setting eczemarx.limits.max-root-fields)");
        }
        int depth = measure.depth(operation.getSelectionSet());
        if (depth > limits.maxDepth()) {
            throw new LimitExceededException("The operation nests " + depth + " levels deep, more than the limit of "
                    + limits.maxDepth() + ": nest fewer levels and follow links with `node(id)` in a second request"
                    + " (server setting eczemarx.limits.max-depth)");
        }
        GraphQLType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        long complexity = measure.cost(operation.getSelectionSet(), root);
        if (complexity > limits.maxComplexity()) {
            throw new LimitExceededException("The operation's estimated cost is " + (complexity >= CAP ? "over " + CAP : complexity)
                    + ", more than the limit of " + limits.maxComplexity()
                    + ": ask for smaller pages (`first`) or fewer nested lists; each field costs 1 and a list's fields"
                    + " count once per item (`first`, or " + limits.assumedListSize() + " for lists without it)"
                    + " (server setting eczemarx.limits.max-complexity)");
        }
        return new Analysis(depth, complexity, rootFields, measure.introspection);
    }

    private static int countAliases(Document document) {
        int aliases = 0;
        Deque<Node<?>> pending = new ArrayDeque<>();
        document.getDefinitions().forEach(pending::push);
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof Field field && field.getAlias() != null) {
                aliases++;
            }
            if (node instanceof SelectionSet || node instanceof Field || node instanceof InlineFragment
                    || node instanceof OperationDefinition || node instanceof FragmentDefinition) {
                for (Node<?> child : node.getChildren()) {
                    if (child instanceof SelectionSet || child instanceof Selection) {
                        pending.push(child);
                    }
                }
            }
        }
        return aliases;
    }

    /** A cycle of fragment spreads as fragment names, or empty. */
    private static List<String> fragmentCycle(Document document) {
        Map<String, Set<String>> spreads = new HashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            Set<String> names = new LinkedHashSet<>();
            collectSpreads(fragment.getSelectionSet(), names);
            spreads.merge(fragment.getName(), names, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        Map<String, Integer> state = new HashMap<>(); // 1 on the current path, 2 done
        for (String start : spreads.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, spreads, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(String name, Map<String, Set<String>> spreads, Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(name);
        if (seen != null && seen == 2) {
            return false;
        }
        if (seen != null) {
            path.add(name);
            return true;
        }
        state.put(name, 1);
        path.add(name);
        for (String next : spreads.getOrDefault(name, Set.of())) {
            if (visit(next, spreads, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(name, 2);
        return false;
    }

    private static void collectSpreads(SelectionSet set, Set<String> names) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof FragmentSpread spread) {
                names.add(spread.getName());
            } else if (selection instanceof InlineFragment inline) {
                collectSpreads(inline.getSelectionSet(), names);
            } else if (selection instanceof Field field) {
                collectSpreads(field.getSelectionSet(), names);
            }
        }
    }

    /** Measures of one operation; fragments (known to be acyclic here) are measured once each. */
    private final class Measure {

        private final GraphQLSchema schema;
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Object> variables;
        private final Map<String, Integer> fragmentDepth = new HashMap<>();
        private final Map<String, Long> fragmentCost = new HashMap<>();
        private final Map<String, Long> fragmentRootFields = new HashMap<>();
        private boolean introspection;

        Measure(GraphQLSchema schema, Document document, Map<String, Object> variables) {
            this.schema = schema;
            this.variables = variables;
            for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            }
        }

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

        /** How many items a field may return: its {@code first}, the size of its {@code ids}, or an assumed size. */
        private long items(Field field, GraphQLFieldDefinition definition, GraphQLType parent) {
            GraphQLArgument first = definition.getArgument("first");
            if (first != null) {
                Long value = intArgument(field, "first");
                if (value == null && first.hasSetDefaultValue() && first.getArgumentDefaultValue().getValue() instanceof Number n) {
                    value = n.longValue();
                }
                if (value == null && first.hasSetDefaultValue() && first.getArgumentDefaultValue().getValue() instanceof IntValue n) {
                    value = n.getValue().longValue();
                }
                return value == null ? limits.assumedListSize() : value;
            }
            if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()))) {
                return 1;
            }
            String parentName = GraphQLTypeUtil.simplePrint(parent);
            if (parentName.startsWith("__") || parentName.endsWith("Connection")) {
                return 1; // introspection lists are small; a connection's edges were counted by its `first`
            }
            Long ids = listArgumentSize(field, "ids");
            return ids == null ? limits.assumedListSize() : ids;
        }

        private Long intArgument(Field field, String name) {
            Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
            if (argument == null) {
                return null;
            }
            Value<?> value = argument.getValue();
            if (value instanceof IntValue literal) {
                return literal.getValue().min(java.math.BigInteger.valueOf(CAP)).longValue();
            }
            if (value instanceof VariableReference reference && variables.get(reference.getName()) instanceof Number n) {
                return n.longValue();
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
}
