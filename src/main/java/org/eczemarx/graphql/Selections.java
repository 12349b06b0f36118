package org.eczemarx.graphql;

import graphql.schema.DataFetchingEnvironment;

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
        return environment == null || environment.getSelectionSet().contains(field);
    }
}
