package org.eczemarx.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/** What the client selected under the field whose resolver is running, so that a resolver reads only that. */
public final class Selections {

    private Selections() {
    }

    /**
     * True when the running resolver's selection includes {@code field} (directly, through fragments or under an
     * alias), and also when that is unknown (a resolver called outside {@link DirectResolvers}).
     */
    public static boolean selects(String field) {
        DataFetchingEnvironment environment = DirectResolvers.current();
        return environment == null || environment.getSelectionSet().getImmediateFields().stream()
                .anyMatch(selected -> selected.getName().equals(field));
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
