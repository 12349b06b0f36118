package org.eczemarx.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * The longest list of each list field in the database, as the concepts declare them ({@link ListSizes}), with the data
 * version they were read at, in one statement: at start before the HTTP port opens (so the first request is measured
 * with them too), and again whenever {@code meta/DataVersions} knows of another version ({@link #refresh}: a change, or
 * its listener back after an outage), so the cost estimate multiplies real lengths. Until a read succeeds (the database
 * away at start) the estimate counts {@link ApiConfig.Limits#assumedListSize()} items per such list.
 */
@ApplicationScoped
public class ListBounds {

    private static final Logger LOG = Logger.getLogger(ListBounds.class);
    /** How long the start waits for the first read; the database is there by then (the schema was checked). */
    private static final Duration FIRST_READ = Duration.ofSeconds(5);

    private final Pool pool;
    private final List<String> fields = new ArrayList<>();
    private final String statement;
    private final AtomicBoolean loading = new AtomicBoolean();
    /** Bumped by every {@link #refresh}: a read that started before the latest one is followed by another. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Map<String, Long> largest = Map.of();
    /** The data version {@link #largest} was read at. */
    private volatile String version;

    ListBounds(Instance<ListSizes> sources, Pool pool) {
        this.pool = pool;
        Map<String, String> sql = new TreeMap<>();
        for (ListSizes source : sources) {
            source.largestLists().forEach((field, query) -> {
                if (sql.put(field, query) != null) {
                    throw new IllegalStateException(field + " has its list size declared twice");
                }
            });
        }
        StringBuilder select = new StringBuilder("select coalesce((select version from data_version where id = 1), 'none')");
        sql.forEach((field, query) -> {
            select.append(", coalesce((").append(query).append("), 0)");
            fields.add(field);
        });
        this.statement = fields.isEmpty() ? null : select.toString();
    }

    void start(@Observes StartupEvent event) {
        if (statement == null || !loading.compareAndSet(false, true)) {
            return;
        }
        long change = changes.get();
        try {
            read(query().await().atMost(FIRST_READ), change);
        } catch (RuntimeException e) {
            notRead(e);
        }
    }

    /** Reads the lengths again when they were read at another data version than {@code current}. */
    public void refresh(String current) {
        if (current.equals(version)) {
            return;
        }
        changes.incrementAndGet();
        load();
    }

    /** The most items of each declared list field by coordinates, as last read; empty before the first read. */
    public Map<String, Long> largest() {
        return largest;
    }

    /** The list fields declared, by coordinates. */
    public List<String> fields() {
        return List.copyOf(fields);
    }

    private void load() {
        if (statement == null || !loading.compareAndSet(false, true)) {
            return;
        }
        long change = changes.get();
        query().subscribe().with(rows -> read(rows, change), this::notRead);
    }

    private Uni<RowSet<Row>> query() {
        // Not pool.query: see DataVersions (a failed connection's timer logs a stack trace). Without an exception
        // handler, the SQL client prints an ending connection's error raw (not a JSON log line). Without JIT: the
        // statement's estimated cost is over PostgreSQL's jit_above_cost, and compiling it took 180-250 ms of the
        // 300 it took in all (27 ms without, explain analyze on the seeded data).
        return pool.withTransaction(connection -> connection.exceptionHandler(ListBounds::lost)
                .query("set local jit = off").execute()
                .chain(() -> connection.query(statement).execute()));
    }

    private void read(Iterable<Row> rows, long change) {
        Map<String, Long> read = new HashMap<>();
        String readAt = null;
        for (Row row : rows) {
            readAt = row.getString(0);
            for (int i = 0; i < fields.size(); i++) {
                read.put(fields.get(i), row.getLong(i + 1));
            }
        }
        largest = Map.copyOf(read);
        version = readAt;
        loading.set(false);
        if (changes.get() != change) {
            load();
        }
    }

    private void notRead(Throwable failure) {
        loading.set(false);
        LOG.debugf("List sizes not read (%s): the cost estimate assumes them until they are", failure.getMessage());
    }

    private static void lost(Throwable failure) {
        LOG.debugf("List sizes: connection lost (%s)", failure.getMessage());
    }
}
