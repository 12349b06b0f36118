package org.eczemarx.persistence;

import java.util.UUID;
import java.util.function.Supplier;

import org.eczemarx.error.ApiException;
import org.eczemarx.error.InternalErrorException;
import org.eczemarx.error.ServiceUnavailableException;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a read in a Panache session of its own.
 *
 * <p>A GraphQL request resolves sibling fields, aliases and several root fields concurrently on one Vert.x context.
 * Panache binds its session to that context, so sharing it between concurrent resolvers fails ("Illegal pop()",
 * "Session is closed"). Each read therefore runs on a fresh duplicated context, which gives it its own session,
 * closed when the read completes.
 *
 * <p>A database that cannot be reached is SERVICE_UNAVAILABLE, logged once per outage ({@link Outages}); any other
 * database failure is logged with a reference and reaches the client as INTERNAL with that reference only: never SQL
 * text or a stack trace.
 */
@ApplicationScoped
public class Reads {

    private static final Logger LOG = Logger.getLogger(Reads.class);

    private final Vertx vertx;
    private final Outages outages = new Outages();

    Reads(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> Uni<T> isolated(Supplier<Uni<T>> work) {
        Uni<T> read = Uni.createFrom().emitter(emitter -> {
            Context fresh = VertxContext.createNewDuplicatedContext(currentOrNew());
            VertxContextSafetyToggle.setContextSafe(fresh, true);
            ReadTracing.follow(fresh);
            fresh.runOnContext(ignored -> Panache.withSession(work)
                    .subscribe()
                    .with(emitter::complete, emitter::fail));
        });
        return read.onItem().invoke(outages::succeeded)
                .onFailure(failure -> !(failure instanceof ApiException))
                .transform(this::classified);
    }

    /** An unreachable database is SERVICE_UNAVAILABLE (logged once per outage); anything else is INTERNAL. */
    private Throwable classified(Throwable failure) {
        if (Outages.unreachable(failure)) {
            outages.failed();
            return new ServiceUnavailableException("The knowledge base cannot be reached at the moment: retry in a few seconds");
        }
        return internal(failure);
    }

    private static Throwable internal(Throwable failure) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Read failed (reference %s)", reference);
        return new InternalErrorException("Internal error while reading the knowledge base (reference " + reference + ")");
    }

    private Context currentOrNew() {
        Context current = Vertx.currentContext();
        return current != null ? current : vertx.getOrCreateContext();
    }
}
