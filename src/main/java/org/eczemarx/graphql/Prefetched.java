package org.eczemarx.graphql;

import java.util.IdentityHashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;

/**
 * The relation values a request's prefetches read, by object and field: what the relation fields' fetchers answer
 * with before they ask a data loader. One per request, in its GraphQL context; only prefetched objects are in it.
 */
public final class Prefetched {

    /** What {@link #find} answers when the field was not prefetched. */
    public static final Object ABSENT = new Object();
    private static final String KEY = Prefetched.class.getName();

    private final Map<Object, Map<String, Object>> byObject = new IdentityHashMap<>();

    /**
     * The prefetched value of the field being fetched, or {@link #ABSENT}: when nothing was prefetched for its object,
     * or when the field was given an argument (prefetches read relations without arguments only).
     */
    public static Object find(DataFetchingEnvironment environment) {
        Prefetched store = environment.getGraphQlContext().get(KEY);
        if (store == null) {
            return ABSENT;
        }
        Map<String, Object> fields = store.fieldsOf(environment.getSource());
        if (fields == null) {
            return ABSENT;
        }
        Object value = fields.getOrDefault(environment.getFieldDefinition().getName(), ABSENT);
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

    /** The request's store, made on first use. */
    public static Prefetched of(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().computeIfAbsent(KEY, key -> new Prefetched());
    }

    public synchronized void addAll(Map<Object, Map<String, Object>> values) {
        byObject.putAll(values);
    }

    private synchronized Map<String, Object> fieldsOf(Object source) {
        return source == null ? null : byObject.get(source);
    }
}
