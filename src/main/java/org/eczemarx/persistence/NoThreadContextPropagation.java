package org.eczemarx.persistence;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns off Mutiny's thread-context propagation, which Quarkus installs for every application.
 *
 * <p>With it, every callback of every {@code Uni} and every {@code CompletableFuture} that Mutiny hands out captures
 * the CDI request context, SmallRye GraphQL's context and the JTA transaction on creation and restores them around each
 * call: a read of a few rows went through dozens of those captures, about a sixth of the CPU of a nested query. Nothing
 * on our read path needs them: the Panache session lives in the Vert.x context of each read ({@link Reads}), the
 * request's data loaders and arguments travel in graphql-java's environment, resolvers are application-scoped beans,
 * and no read runs in a transaction.
 */
@ApplicationScoped
class NoThreadContextPropagation {

    void start(@Observes StartupEvent event) {
        Infrastructure.clearInterceptors();
        Infrastructure.setCompletableFutureWrapper(null);
    }
}
