package org.eczemarx.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * The longest list of each list field in the database, as the concepts declare them ({@link ListSizes}): read in one
 * statement at start and again whenever the data changes ({@link #refresh}, called by {@code meta/DataVersions} when
 * the data version moves), so the cost estimate multiplies real lengths. Until the first read succeeds (the database
 * away at start) the estimate counts {@link ApiConfig.Limits#assumedListSize()} items per such list, and every check
 * asks for a read.
 */
@ApplicationScoped
public class ListBounds {

    private static final Logger LOG = Logger.getLogger(ListBounds.class);

    private final Pool pool;
    private final List<String> fields = new ArrayList<>();
    private final String statement;
    private final AtomicBoolean loading = new AtomicBoolean();
    /** Bumped by every {@link #refresh}: a read that started before the latest one is followed by another. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Map<String, Long> largest = Map.of();

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
        StringBuilder select = new StringBuilder("select ");
        sql.forEach((field, query) -> {
            select.append(fields.isEmpty() ? "" : ", ").append("coalesce((").append(query).append("), 0)");
            fields.add(field);
        });
        this.statement = fields.isEmpty() ? null : select.toString();
    }

    void start(@Observes StartupEvent event) {
        load();
    }

    /** Reads the lengths again: the data changed. */
    public void refresh() {
        changes.incrementAndGet();
        load();
    }

    /** The most items of each declared list field by coordinates, as last read; empty before the first read. */
    public Map<String, Long> largest() {
        Map<String, Long> known = largest;
        if (known.isEmpty()) {
            load();
        }
        return known;
    }

    /** The list fields declared, by coordinates. */
    public List<String> fields() {
        return List.copyOf(fields);
    }

    private static void lost(Throwable failure) {
        LOG.debugf("List sizes: connection lost (%s)", failure.getMessage());
    }

    private void load() {
        if (statement == null || !loading.compareAndSet(false, true)) {
            return;
        }
        long change = changes.get();
        // withConnection, not pool.query: see DataVersions (a failed connection's timer logs a stack trace). Without an
        // exception handler, the SQL client prints an ending connection's error raw (not a JSON log line).
        pool.withConnection(connection -> connection.exceptionHandler(ListBounds::lost).query(statement).execute())
                .subscribe().with(rows -> read(rows, change), failure -> {
                    loading.set(false);
                    LOG.debugf("List sizes not read (%s): the cost estimate assumes them until they are", failure.getMessage());
                });
    }

    private void read(Iterable<Row> rows, long change) {
        Map<String, Long> read = new HashMap<>();
        for (Row row : rows) {
            for (int i = 0; i < fields.size(); i++) {
                read.put(fields.get(i), row.getLong(i));
            }
        }
        largest = Map.copyOf(read);
        loading.set(false);
        if (changes.get() != change) {
            load();
        }
    }
}
