package org.eczemarx.graphql;

import org.eczemarx.error.LimitExceededException;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/**
 * Stops the work of a request whose execution timeout has passed: the HTTP endpoint has already answered
 * {@code LIMIT_EXCEEDED}, so every field that {@link Resolvers} fetches after the deadline fails at once instead of
 * querying the database. {@link Engine} puts the deadline ({@link System#nanoTime()} based) into the GraphQL context
 * under {@link #KEY}.
 */
final class ExecutionDeadline {

    /** GraphQL context key of the deadline, a {@code Long} in {@link System#nanoTime()} terms. */
    static final String KEY = "eczemarx.deadline";

    private ExecutionDeadline() {
    }

    /** Fails the field with LIMIT_EXCEEDED when its request's deadline has passed. */
    static void check(DataFetchingEnvironment environment) {
        GraphQLContext graphQLContext = environment.getGraphQlContext();
        Object deadline = graphQLContext == null ? null : graphQLContext.get(KEY);
        if (deadline instanceof Long nanos && System.nanoTime() - nanos > 0) {
            throw new LimitExceededException("The operation ran past its execution timeout"
                    + " (server setting eczemarx.limits.execution-timeout)");
        }
    }
}
