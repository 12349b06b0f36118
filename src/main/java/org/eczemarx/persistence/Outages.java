package org.eczemarx.persistence;

import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells "the database is unavailable" (unreachable, or no pool connection free in time) from a defect, and logs an
 * outage once when it starts and once when it ends (with the number of reads that failed in between), instead of a
 * stack trace per failed read.
 */
public final class Outages {

    private static final Logger LOG = Logger.getLogger(Outages.class);

    private final AtomicLong failedSince = new AtomicLong();   // nanoTime of the first failure; 0 when none
    private final AtomicLong failed = new AtomicLong();

    /** Whether the failure (or a cause) says the database could not be reached, rather than what a query did. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ClosedConnectionException
                    || cause instanceof ClosedChannelException) {
                return true;
            }
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true; // connection exceptions, admin shutdown, cannot connect now
            }
            String message = String.valueOf(cause.getMessage());
            if (message.equals("Timeout") || message.equals("Timeout waiting for connection") || message.equals("Pool closed") || message.startsWith("Connection refused")
                    || message.contains("Connection is not active") || message.contains("Failed to create pool connection")) {
                return true; // Vert.x pool: no connection within the wait time (getConnection, query); closed pool; refused
            }
        }
        return false;
    }

    /** A read failed because the database is unreachable: the first one of an outage is logged. */
    public void failed() {
        failed.incrementAndGet();
        if (failedSince.compareAndSet(0, System.nanoTime())) {
            LOG.error("Database unavailable (unreachable, or no pool connection within eczemarx.database.acquire-timeout):"
                    + " reads answer SERVICE_UNAVAILABLE (503) until one succeeds");
        }
    }

    /** A read succeeded: ends an outage, if one was going on. */
    public void succeeded() {
        long since = failedSince.get();
        if (since != 0 && failedSince.compareAndSet(since, 0)) {
            long reads = failed.getAndSet(0);
            LOG.infof("Database available again after %d ms; %d reads failed meanwhile", (System.nanoTime() - since) / 1_000_000, reads);
        }
    }

    /** Whether an outage is going on (no read has succeeded since the last one failed for want of a database). */
    public boolean ongoing() {
        return failedSince.get() != 0;
    }
}
