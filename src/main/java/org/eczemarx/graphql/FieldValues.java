package org.eczemarx.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;

/**
 * Values of relation fields that a resolver read together with its objects (a prefetch), handed to the fields below
 * it as graphql-java's local context: a root resolver hands them down ({@link Resolvers#handDown}), its fetcher returns
 * them with its value ({@code DataFetcherResult.localContext}), graphql-java passes them on to every field below, and
 * each relation field's fetcher answers with its value ({@link #find}) instead of calling its resolver.
 */
@FunctionalInterface
public interface FieldValues {

    /** What {@link #valueOf} and {@link #find} answer when the field was not read ahead. */
    Object ABSENT = new Object();

    /** The value of {@code field} of the object {@code source}, or {@link #ABSENT}. */
    Object valueOf(Object source, String field);

    /**
     * The value read ahead for the field being fetched, or {@link #ABSENT}: when the local context holds none for its
     * object, or when the field was given an argument (what is read ahead is read without arguments).
     */
    static Object find(DataFetchingEnvironment environment) {
        if (!(environment.getLocalContext() instanceof FieldValues values)) {
            return ABSENT;
        }
        Object source = environment.getSource();
        Object value = source == null ? ABSENT : values.valueOf(source, environment.getFieldDefinition().getName());
        if (value != ABSENT && !withoutArguments(environment)) {
            for (Object argument : environment.getArguments().values()) {
                if (argument != null) {
                    return ABSENT;
                }
            }
        }
        return value;
    }

    /**
     * True when the field has no argument values, known without resolving them (which graphql-java does per field on
     * first use): none written in the document, and none defaulted by the schema.
     */
    private static boolean withoutArguments(DataFetchingEnvironment environment) {
        if (!environment.getField().getArguments().isEmpty()) {
            return false;
        }
        for (GraphQLArgument argument : environment.getFieldDefinition().getArguments()) {
            if (argument.hasSetDefaultValue()) {
                return false;
            }
        }
        return true;
    }
}
