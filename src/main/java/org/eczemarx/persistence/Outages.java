package org.eczemarx.persistence;

import java.net.ConnectException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells "the database is unavailable" (unreachable, or no pool connection free in time) from a defect, and logs an
 * outage once when it starts and once when it ends (with the number of reads that failed in between), instead of a
 * stack trace per failed read. When the database goes away, reads already under way on other connections may still
 * succeed: a success ends an outage only once it has lasted {@link #MIN_OUTAGE_NANOS}, so its edge logs one line, not
 * a start and an end per in-flight read.
 */
public final class Outages {

    private static final Logger LOG = Logger.getLogger(Outages.class);

    static final long MIN_OUTAGE_NANOS = 1_000_000_000L;

    private final AtomicLong failedSince = new AtomicLong();   // nanoTime of the first failure; 0 when none
    private final AtomicLong failed = new AtomicLong();
    private final LongSupplier clock;

    public Outages() {
        this(System::nanoTime);
    }

    Outages(LongSupplier clock) {
        this.clock = clock;
    }

    /** Whether the failure (or a cause) says the database could not be reached, rather than what a query did. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof ClosedConnectionException
                    || cause instanceof ClosedChannelException) {
                // refused (ConnectException), reset or broken pipe while a read was under way, closed
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
        if (failedSince.compareAndSet(0, clock.getAsLong())) {
            LOG.error("Database unavailable (unreachable, or no pool connection within eczemarx.database.acquire-timeout):"
                    + " reads answer SERVICE_UNAVAILABLE (503) until one succeeds");
        }
    }

    /** A read succeeded: ends an outage, if one has been going on for {@link #MIN_OUTAGE_NANOS} at least. */
    public void succeeded() {
        long since = failedSince.get();
        long now = clock.getAsLong();
        if (since != 0 && now - since >= MIN_OUTAGE_NANOS && failedSince.compareAndSet(since, 0)) {
            long reads = failed.getAndSet(0);
            LOG.infof("Database available again after %d ms; %d reads failed meanwhile", (now - since) / 1_000_000, reads);
        }
    }

    /** Whether an outage is going on (no read has succeeded since the last one failed for want of a database). */
    public boolean ongoing() {
        return failedSince.get() != 0;
    }
}
