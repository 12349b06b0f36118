package org.eczemarx.graphql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/** What a parsed document looks like as a whole, before any operation of it is chosen: its aliases and fragment cycles. */
final class DocumentShape {

    private DocumentShape() {
    }

    /** How many fields of the document have an alias, in every operation and fragment. */
    static int aliases(Document document) {
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
    static List<String> fragmentCycle(Document document) {
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
}
