package org.eczemarx.http;

import java.util.ArrayDeque;
import java.util.Queue;

import org.eczemarx.graphql.ApiConfig;

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
    public boolean enter(Runnable task) {
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
