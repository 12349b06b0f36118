package org.eczemarx.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Consumer;

import org.eczemarx.graphql.ApiConfig;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Admission control: at most {@code max-concurrent-executions} operations execute at once, at most
 * {@code max-queued-executions} more wait for a slot (first come, first served), and the rest are refused at once
 * (503 with Retry-After) instead of queueing without bound. Executions are what cost memory and database
 * connections; answers from the response cache never take a slot. Bulk downloads, which read the whole knowledge base,
 * take a slot too.
 */
@ApplicationScoped
public class Admission {

    private final int maxRunning;
    private final int maxWaiting;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int running;

    @jakarta.inject.Inject
    Admission(ApiConfig config) {
        this(config.limits().maxConcurrentExecutions(), config.limits().maxQueuedExecutions());
    }

    Admission(int maxRunning, int maxWaiting) {
        this.maxRunning = Math.max(1, maxRunning);
        this.maxWaiting = Math.max(0, maxWaiting);
    }

    /**
     * Runs {@code task} now when a slot is free, later when one frees up, or not at all (false) when the queue is
     * full. A task that ran must {@link #leave()} exactly once when its execution is over.
     */
    boolean enter(Runnable task) {
        synchronized (this) {
            if (running >= maxRunning) {
                if (waiting.size() >= maxWaiting) {
                    return false;
                }
                waiting.add(task);
                return true;
            }
            running++;
        }
        task.run();
        return true;
    }

    /**
     * Runs {@code run} for a request in a slot, on the request's context: now when one is free, or once one frees up.
     * A request whose client left while it waited gives the slot back unrun; one that waited longer than
     * {@code timeout} since {@code startNanos}, or that finds every slot and queue place taken, is refused: {@code refuse}
     * gets the message to answer (503 OVERLOADED). {@code run} must {@link #leave()} exactly once when it is over.
     */
    public void admit(RoutingContext ctx, long startNanos, Duration timeout, Runnable run, Consumer<String> refuse) {
        Context context = Vertx.currentContext();
        long timeoutNanos = Math.max(1, timeout.toMillis()) * 1_000_000;
        boolean admitted = enter(() -> {
            if (Vertx.currentContext() == context) {
                run.run();
                return;
            }
            context.runOnContext(ignored -> {
                if (ctx.response().ended() || ctx.response().closed()) {
                    leave();
                } else if (System.nanoTime() - startNanos > timeoutNanos) {
                    leave();
                    refuse.accept("The server was busy for longer than the execution timeout: retry shortly");
                } else {
                    run.run();
                }
            });
        });
        if (!admitted) {
            refuse.accept("The server is at capacity (every execution slot and queue place is taken): retry shortly"
                    + " (server settings eczemarx.limits.max-concurrent-executions, max-queued-executions)");
        }
    }

    /** Frees the slot of a finished execution, handing it to the longest-waiting task. */
    public void leave() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                running--;
            }
        }
        if (next != null) {
            next.run();
        }
    }
}
