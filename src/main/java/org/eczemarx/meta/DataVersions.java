package org.eczemarx.meta;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.microprofile.config.Config;
import org.eczemarx.graphql.ListBounds;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The curated data version, known without a query while PostgreSQL tells us of every change: one connection LISTENs
 * on {@code eczemarx_data_version} (a trigger on {@code data_version} notifies at commit, db/V12) and re-reads the
 * version whenever it (re)connects. While that connection is down the version is unknown here ({@link #current()} is
 * null) and readers ask the database, so nothing keyed by the version can outlive a change. Other derived data can
 * listen on the same connection ({@link #onNotification}).
 */
@ApplicationScoped
public class DataVersions {

    private static final Logger LOG = Logger.getLogger(DataVersions.class);
    private static final String CHANNEL = "eczemarx_data_version";
    /** The listening connection's name in PostgreSQL ({@code pg_stat_activity.application_name}). */
    public static final String APPLICATION_NAME = "eczemarx data-version listener";
    private static final String READ = "select version from data_version where id = 1";
    private static final long RETRY_MILLIS = 1000;
    private static final long PING_MILLIS = 2000;

    private final Vertx vertx;
    private final Pool pool;
    private final Config config;
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();
    private final Map<String, List<Runnable>> channelListeners = new ConcurrentHashMap<>();

    private volatile String current;
    private volatile boolean stopped;
    private volatile PgConnection connection;

    DataVersions(Vertx vertx, Pool pool, Config config) {
        this.vertx = vertx;
        this.pool = pool;
        this.config = config;
    }

    void start(@Observes StartupEvent event, ListBounds lists) {
        // The cost estimate's list lengths follow the data: read again when a version they were not read at becomes
        // known (a change, or the listener back after an outage); not while it is away, when the pool's connections may
        // be ending too.
        onChange(version -> {
            if (version != null) {
                lists.refresh(version);
            }
        });
        connect();
        vertx.setPeriodic(PING_MILLIS, id -> ping());
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        PgConnection open = connection;
        if (open != null) {
            open.close();
        }
    }

    /** The version while it is known to be current, else null. */
    public String current() {
        return current;
    }

    /** The version: from memory while listening, else read from the database. */
    public Uni<String> read() {
        String known = current;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        // withConnection, not pool.query: the latter leaves a timer that logs a stack trace after a failed connection
        // (eclipse-vertx/vertx-sql-client#1706), once per request while the database is away. Without an exception
        // handler, the SQL client prints the error of a connection that ends while it is held raw (not a JSON log line).
        return pool.withConnection(connection -> connection.exceptionHandler(DataVersions::lostWhileReading).query(READ).execute())
                .map(rows -> {
                    for (Row row : rows) {
                        return row.getString(0);
                    }
                    return "none";
                });
    }

    private static void lostWhileReading(Throwable failure) {
        LOG.debugf("Data version read: connection lost (%s)", failure.getMessage());
    }

    /**
     * Runs {@code listener} with the new version (null: no longer known) whenever the version changes or stops being
     * known. A new version is published ({@link #current()}) only after every listener has run, so that a request that
     * sees it never meets what a listener derived from the old data and has yet to drop (a search index, a cached
     * answer): such a request would otherwise cache an old answer under the new version, served until the next change.
     */
    public void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    /**
     * Runs {@code listener} on every notification on {@code channel} while the connection listens. Notifications sent
     * while it was down are lost: {@link #onChange} listeners hear of every reconnection, and {@link #current()} is null
     * until then.
     */
    public void onNotification(String channel, Runnable listener) {
        channelListeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
        PgConnection open = connection;
        if (open != null) {
            open.query("LISTEN " + channel).execute();
        }
    }

    private void connect() {
        if (stopped) {
            return;
        }
        PgConnectOptions options;
        try {
            options = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class))
                    .setTcpKeepAlive(true)
                    .addProperty("application_name", APPLICATION_NAME); // so pg_stat_activity tells it apart
            config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
            config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        } catch (RuntimeException e) {
            LOG.warnf("Data version notifications are off (%s): every cacheable request reads the version", e.getMessage());
            return;
        }
        PgConnection.connect(vertx, options)
                .onSuccess(this::listen)
                .onFailure(failure -> retry());
    }

    private void listen(PgConnection opened) {
        connection = opened;
        // Without a handler the SQL client prints a lost connection's exception to stderr, stack and all (a database
        // restart is expected in operation: one log line, then the close handler reconnects).
        opened.exceptionHandler(failure -> LOG.infof("Data version notifications: connection lost (%s); reconnecting",
                failure.getMessage()));
        opened.closeHandler(ignored -> {
            if (connection == opened) {
                connection = null;
            }
            unknown();
            retry();
        });
        opened.notificationHandler(notification -> {
            if (CHANNEL.equals(notification.getChannel())) {
                changed(notification.getPayload());
            } else {
                channelListeners.getOrDefault(notification.getChannel(), List.of()).forEach(Runnable::run);
            }
        });
        // LISTEN first, then read: a change committed in between is either in the read or notified.
        StringBuilder listen = new StringBuilder("LISTEN " + CHANNEL);
        channelListeners.keySet().forEach(channel -> listen.append("; LISTEN ").append(channel));
        opened.query(listen.toString()).execute()
                .compose(ignored -> opened.query(READ).execute())
                .onSuccess(rows -> changed(rows.size() == 0 ? "none" : rows.iterator().next().getString(0)))
                .onFailure(failure -> opened.close());
    }

    /** A connection that died without closing (a cut network) is found by a failing ping, and replaced. */
    private void ping() {
        PgConnection open = connection;
        if (open == null) {
            return;
        }
        AtomicBoolean answered = new AtomicBoolean();
        open.query("select 1").execute().onComplete(result -> {
            answered.set(true);
            if (result.failed()) {
                open.close();
            }
        });
        vertx.setTimer(PING_MILLIS, id -> {
            if (!answered.get() && connection == open) {
                connection = null;
                unknown();
                open.close();
            }
        });
    }

    private void retry() {
        if (!stopped) {
            vertx.setTimer(RETRY_MILLIS, id -> connect());
        }
    }

    private void changed(String version) {
        // Published only when every listener has dropped what it derived from the old data; else the version stays
        // unknown (nothing is cached, search is answered in SQL) until the next change or reconnection.
        current = tell(version) ? version : null;
    }

    private void unknown() {
        current = null;
        tell(null);
    }

    /** Tells every listener; false when one failed (logged). */
    private boolean tell(String version) {
        boolean all = true;
        for (Consumer<String> listener : changeListeners) {
            try {
                listener.accept(version);
            } catch (RuntimeException e) {
                LOG.errorf(e, "A data version listener failed: the version is treated as unknown until it changes again");
                all = false;
            }
        }
        return all;
    }
}
