package org.eczemarx.graphql;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * Stops the work of a request whose execution timeout has passed: the HTTP endpoint has already answered
 * {@code LIMIT_EXCEEDED}, so every field fetched after the deadline fails at once instead of querying the database.
 * The endpoint puts the deadline ({@link System#nanoTime()} based) into the GraphQL context under {@link #KEY}.
 *
 * <p>Registered through {@code META-INF/services}; SmallRye enables an {@link EventingService} only when its config
 * key is true, or, as here, null.
 */
public class ExecutionDeadline implements EventingService {

    /** GraphQL context key of the deadline, a {@code Long} in {@link System#nanoTime()} terms. */
    public static final String KEY = "eczemarx.deadline";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeDataFetch(Context context) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (environment != null) {
            check(environment);
        }
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
