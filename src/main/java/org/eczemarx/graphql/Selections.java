package org.eczemarx.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/** What the client selected under the field whose resolver is running, so that a resolver reads only that. */
public final class Selections {

    private Selections() {
    }

    /**
     * True when the running resolver's selection includes {@code field} (directly, through fragments or under an
     * alias), and also when that is unknown (a resolver called outside {@link Resolvers}).
     */
    public static boolean selects(String field) {
        DataFetchingEnvironment environment = Resolvers.current();
        if (environment == null) {
            return true;
        }
        // From the document, not from graphql-java's normalised selection (built per request on first use): a field
        // under a fragment for another type, or under @skip/@include, counts as selected, which costs at most a read
        // that nothing shows.
        Set<String> fragments = new HashSet<>();
        for (Field own : environment.getMergedField().getFields()) {
            if (selects(own.getSelectionSet(), field, environment.getFragmentsByName(), fragments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean selects(SelectionSet selections, String field, Map<String, FragmentDefinition> fragments,
            Set<String> seen) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field selected && selected.getName().equals(field)
                    || selection instanceof InlineFragment inline && selects(inline.getSelectionSet(), field, fragments, seen)
                    || selection instanceof FragmentSpread spread && seen.add(spread.getName())
                            && fragments.containsKey(spread.getName())
                            && selects(fragments.get(spread.getName()).getSelectionSet(), field, fragments, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The variables the document uses below the running resolver's field (in arguments and directives of the fields
     * under it, through fragments too): what, besides the document, decides what the client selected there.
     */
    public static Set<String> variablesBelow(DataFetchingEnvironment environment) {
        Set<String> names = new HashSet<>();
        Set<String> fragments = new HashSet<>();
        for (Field own : environment.getMergedField().getFields()) {
            if (own.getSelectionSet() != null) {
                variablesIn(own.getSelectionSet(), environment.getFragmentsByName(), fragments, names);
            }
        }
        return Set.copyOf(names);
    }

    private static void variablesIn(Node<?> node, Map<String, FragmentDefinition> fragments, Set<String> seen, Set<String> names) {
        if (node instanceof VariableReference variable) {
            names.add(variable.getName());
            return;
        }
        if (node instanceof FragmentSpread spread && seen.add(spread.getName()) && fragments.containsKey(spread.getName())) {
            variablesIn(fragments.get(spread.getName()), fragments, seen, names);
        }
        for (Node<?> child : node.getChildren()) {
            variablesIn(child, fragments, seen, names);
        }
    }

    /**
     * The fields selected at {@code path} below the running resolver's field ({@code "edges/node"}: under every
     * {@code edges}, every {@code node}), whatever their aliases; the resolver's own selection for an empty path. By name,
     * not by the selection set's glob patterns, which compile a path matcher per call.
     */
    public static List<SelectedField> at(DataFetchingFieldSelectionSet selection, String path) {
        List<SelectedField> level = selection.getImmediateFields();
        if (path.isEmpty()) {
            return level;
        }
        for (String name : path.split("/")) {
            List<SelectedField> next = new ArrayList<>();
            for (SelectedField field : level) {
                if (field.getName().equals(name)) {
                    next.addAll(field.getSelectionSet().getImmediateFields());
                }
            }
            level = next;
        }
        return level;
    }
}
