package org.eczemarx.persistence;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eczemarx.graphql.ApiException;
import org.eczemarx.graphql.InternalErrorException;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the reads of the knowledge base, one Panache session per GraphQL request, used by one read at a time.
 *
 * <p>SmallRye resolves sibling fields, aliases and root fields of one request concurrently on one Vert.x context, and
 * a Panache (Hibernate Reactive) session is bound to its context and must not be used concurrently ("Illegal pop()",
 * "Session is closed": quarkusio/quarkus#32870). So each request that {@link #openFor opens} its reads gets a session
 * of its own, on a duplicated context of its own, and its reads queue for it: one connection per request (never one
 * per batched read), held until the response is written. A read outside a request (no reads opened on the current
 * context) gets a session and context of its own, closed when it completes.
 *
 * <p>A database failure is logged with a reference and reaches the client as INTERNAL with that reference only:
 * never SQL text or a stack trace.
 */
@ApplicationScoped
public class Reads {

    private static final Logger LOG = Logger.getLogger(Reads.class);
    private static final String KEY = RequestReads.class.getName();

    private final Vertx vertx;

    Reads(Vertx vertx) {
        this.vertx = vertx;
    }

    /**
     * Opens the reads of the request running on the current Vert.x context; the returned handle closes them (and
     * returns the connection) once the response is written.
     */
    public Runnable openFor(Context requestContext) {
        RequestReads reads = new RequestReads(requestContext);
        requestContext.putLocal(KEY, reads);
        return reads::finish;
    }

    public <T> Uni<T> isolated(Supplier<Uni<T>> work) {
        Context current = Vertx.currentContext();
        RequestReads request = current == null ? null : current.getLocal(KEY);
        Uni<T> read = request != null ? request.enqueue(work) : alone(work);
        return read.onFailure(failure -> !(failure instanceof ApiException))
                .transform(Reads::internal);
    }

    /** A read with a session and context of its own. */
    private <T> Uni<T> alone(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context fresh = VertxContext.createNewDuplicatedContext(currentOrNew());
            VertxContextSafetyToggle.setContextSafe(fresh, true);
            fresh.runOnContext(ignored -> Panache.withSession(work)
                    .subscribe()
                    .with(emitter::complete, emitter::fail));
        });
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

    /** The reads of one request: a session opened at the first read, then one read at a time, in arrival order. */
    private static final class RequestReads {

        private final Context sessionContext;
        private final CompletableFuture<Void> finished = new CompletableFuture<>();
        private CompletableFuture<Void> last;

        RequestReads(Context requestContext) {
            this.sessionContext = VertxContext.createNewDuplicatedContext(requestContext);
            VertxContextSafetyToggle.setContextSafe(sessionContext, true);
            // Results continue on the session's context: reads started from there belong to this request too.
            sessionContext.putLocal(KEY, this);
        }

        <T> Uni<T> enqueue(Supplier<Uni<T>> work) {
            return Uni.createFrom().emitter(emitter -> {
                CompletableFuture<Void> mine = new CompletableFuture<>();
                CompletableFuture<Void> previous;
                synchronized (this) {
                    previous = last;
                    last = mine;
                }
                if (previous == null) {
                    sessionContext.runOnContext(ignored -> open(work, emitter, mine));
                } else {
                    previous.whenComplete((done, failure) -> sessionContext.runOnContext(ignored -> run(work, emitter, mine)));
                }
            });
        }

        /** The first read opens the session, which stays open (on the session context) until the request finishes. */
        private <T> void open(Supplier<Uni<T>> work, UniEmitter<? super T> emitter, CompletableFuture<Void> mine) {
            Panache.withSession(() -> {
                run(work, emitter, mine);
                return Uni.createFrom().completionStage(finished);
            }).subscribe().with(ignored -> {
            }, failure -> {
                if (!mine.isDone()) {
                    mine.complete(null);
                    emitter.fail(failure);
                }
            });
        }

        private <T> void run(Supplier<Uni<T>> work, UniEmitter<? super T> emitter, CompletableFuture<Void> mine) {
            Uni<T> read;
            try {
                read = work.get();
            } catch (RuntimeException e) {
                mine.complete(null);
                emitter.fail(e);
                return;
            }
            read.subscribe().with(item -> {
                mine.complete(null);
                emitter.complete(item);
            }, failure -> {
                mine.complete(null);
                emitter.fail(failure);
            });
        }

        void finish() {
            finished.complete(null);
        }
    }
}
