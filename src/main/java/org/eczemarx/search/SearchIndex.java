package org.eczemarx.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.eczemarx.meta.DataVersions;
import org.jboss.logging.Logger;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link TermIndex}, loaded from PostgreSQL's {@code search_index} and kept current: it is reloaded when PostgreSQL
 * notifies that the index was refreshed (db/V26, at the commit that changed the data) or that the data version changed,
 * and whenever the notification connection comes back. While that connection is down, the index is not known to be
 * current and {@link #current()} is null, so search is answered in SQL.
 *
 * <p>It is loaded on the first search, not at start, so a start that serves no search does no work for it; until the
 * first load completes (tens of milliseconds), search is answered in SQL. The hits' objects are always read from
 * PostgreSQL; the index only says which nodes match.
 */
@ApplicationScoped
class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    static final String CHANNEL = "eczemarx_search_index";
    private static final String READ = "select node_type, node_id, kind, label, shown, norm, words, stems from search_index";
    private static final Pattern NORMALISED = Pattern.compile("[a-z0-9]*");

    private final Pool pool;
    private final DataVersions versions;

    /** The index while it is known to be current, else null. */
    private volatile TermIndex current;
    /** Bumped by every notification: a load that started before the latest one is followed by another. */
    private final AtomicLong changes = new AtomicLong();
    private final AtomicBoolean loading = new AtomicBoolean();
    /** The change the last load read (a failed load forgets it, so the next search tries again). */
    private volatile long loaded = -1;
    private volatile boolean wanted;
    /**
     * Whether the last version listeners were told of is known. An index is loaded only while notifications arrive:
     * this, or {@code versions.current()} (the bean is made at the first search, after the first announcement); a
     * reconnection tells the listeners before it publishes the version.
     */
    private volatile boolean listening;
    /** Makes a change's bump-and-drop and a load's check-and-publish exclusive: no older index is published after it. */
    private final Object publishing = new Object();

    SearchIndex(Pool pool, DataVersions versions) {
        this.pool = pool;
        this.versions = versions;
        versions.onChange(version -> {
            listening = version != null;
            changed();
        });
        versions.onNotification(CHANNEL, this::changed);
    }

    /** The index while it is known to be current; otherwise null, and a load is started. */
    TermIndex current() {
        TermIndex index = current;
        if (index == null) {
            wanted = true;
            if (loaded != changes.get()) {
                load();
            }
        }
        return index;
    }

    private void changed() {
        synchronized (publishing) {
            changes.incrementAndGet();
            current = null;
        }
        if (wanted) {
            load();
        }
    }

    private void load() {
        if (!listening && versions.current() == null || !loading.compareAndSet(false, true)) {
            return;
        }
        long change = changes.get();
        loaded = change;
        pool.query(READ).execute().subscribe().with(rows -> {
            try {
                TermIndex index = build(rows);
                synchronized (publishing) {
                    if (changes.get() == change) {
                        current = index;
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Search index not built: search is answered in SQL until the data changes");
            } finally {
                loading.set(false);
            }
            if (changes.get() != change) {
                load();
            }
        }, failure -> {
            loaded = -1;
            loading.set(false);
            LOG.debugf("Search index not loaded (%s): search is answered in SQL until it is", failure.getMessage());
        });
    }

    private static TermIndex build(Iterable<Row> rows) {
        List<IndexedTerm> terms = new ArrayList<>();
        for (Row row : rows) {
            String norm = row.getString("norm");
            if (norm == null) {
                continue;
            }
            if (!NORMALISED.matcher(norm).matches()) {
                // Only PostgreSQL's unaccent normalises such a term; the in-memory trigrams assume ASCII.
                LOG.warnf("Search term %s is not plain ASCII once normalised: search is answered in SQL", norm);
                return null;
            }
            terms.add(IndexedTerm.of(SearchType.valueOf(row.getString("node_type")), row.getLong("node_id"),
                    MatchKind.valueOf(row.getString("kind")), row.getString("label"), row.getString("shown"), norm,
                    List.of(row.getArrayOfStrings("words")), List.of(row.getArrayOfStrings("stems"))));
        }
        return new TermIndex(terms);
    }
}
