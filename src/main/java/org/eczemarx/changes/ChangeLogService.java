package org.eczemarx.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eczemarx.drug.DrugService;
import org.eczemarx.error.ApiException;
import org.eczemarx.graphql.ListSizes;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads the change log (db/V23: tables {@code data_release} and {@code fact_change}, written by triggers as the data
 * changes): the releases, and the changes since a release or a day, per drug or kind, in the order they were made.
 */
@ApplicationScoped
public class ChangeLogService implements ListSizes {

    static final int MAX_CHANGES = 500;

    /** A change's day, as {@code FactChange.changedOn} serves it: its release's date, or the day it was made. */
    private static final String CHANGED_ON = "coalesce(r.released_on, cast(c.changed_at as date))";

    private static final String RELEASES = """
            select r.version, r.released_on, r.summary, (select count(*) from fact_change c where c.release = r.version)
            from data_release r order by r.released_on, r.seq""";

    private final Reads reads;
    private final DrugService drugs;

    ChangeLogService(Reads reads, DrugService drugs) {
        this.reads = reads;
        this.drugs = drugs;
    }

    public Uni<List<DataRelease>> releases() {
        return reads.isolated(() -> Hql.nativeTuples(RELEASES, Map.of())).map(rows -> rows.stream()
                .map(row -> new DataRelease((String) row[0], toDate(row[1]), (String) row[2], ((Number) row[3]).intValue()))
                .toList());
    }

    /**
     * Changes in the order they were made.
     *
     * @param sinceVersion only changes made after that release (what a client holding it has not seen)
     * @param sinceDate    only changes released on or after that day (not yet released: made on or after it)
     * @param drug         only changes of that drug's rows (INN, synonym or brand)
     * @param after        only changes after this cursor (a previous answer's last {@code cursor})
     */
    public Uni<List<FactChange>> changes(String sinceVersion, LocalDate sinceDate, String drug, List<FactKind> kinds,
            Integer first, String after) {
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > MAX_CHANGES) {
            throw ApiException.badInput("`first` must be between 1 and " + MAX_CHANGES + ", got " + limit);
        }
        long afterSequence = cursor(after);
        Uni<Long> drugId = drug == null ? Uni.createFrom().nullItem() : drugs.idsByNames(List.of(drug)).map(ids -> {
            Long id = ids.isEmpty() ? null : ids.get(0);
            if (id == null) {
                throw DrugService.noDrugNamed(drug);
            }
            return id;
        });
        return drugId.chain(id -> reads.isolated(() -> sinceRelease(sinceVersion).chain(since -> {
            StringBuilder sql = new StringBuilder("""
                    select c.id, c.release, %s, c.kind, c.row_id, c.operation, c.drug_id,
                           cast(coalesce(c.after, c.before) ->> 'source_id' as bigint), cast(c.before as text), cast(c.after as text)
                    from fact_change c left join data_release r on r.version = c.release where c.id > :since""".formatted(CHANGED_ON));
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("since", Math.max(since, afterSequence));
            if (sinceDate != null) {
                sql.append(" and ").append(CHANGED_ON).append(" >= :sinceDate");
                parameters.put("sinceDate", sinceDate);
            }
            if (id != null) {
                sql.append(" and c.drug_id = :drug");
                parameters.put("drug", id);
            }
            if (kinds != null && !kinds.isEmpty()) {
                sql.append(" and c.kind in (:kinds)");
                parameters.put("kinds", kinds.stream().map(FactKind::table).distinct().toList());
            }
            sql.append(" order by c.id limit :limit");
            parameters.put("limit", limit);
            return Hql.nativeTuples(sql.toString(), parameters);
        }))).map(rows -> rows.stream().map(ChangeLogService::change).toList());
    }

    /** The last change of a release: changes since it come after. */
    private static Uni<Long> sinceRelease(String version) {
        if (version == null) {
            return Uni.createFrom().item(0L);
        }
        // the log began with the latest release that has no change of its own (last_change 0: 2026.12.06); changes made
        // before it were not recorded, so "since" an older release would silently leave them out
        return Hql.nativeTuples("""
                select r.last_change, r.released_on < log.released_on, log.version from data_release r,
                    (select version, released_on from data_release where last_change = 0
                     order by released_on desc, version desc limit 1) log
                where r.version = :version""", Map.of("version", version)).map(rows -> {
                    if (rows.isEmpty()) {
                        throw ApiException.badInput("No release '" + version + "': use a version from `dataReleases` or `meta.dataVersion`");
                    }
                    if (Boolean.TRUE.equals(rows.get(0)[1])) {
                        throw ApiException.badInput("Release '" + version + "' is older than the change log, which starts after "
                                + "release " + rows.get(0)[2] + ": read the current data (the queries or /downloads) instead");
                    }
                    return ((Number) rows.get(0)[0]).longValue();
                });
    }

    private static long cursor(String after) {
        if (after == null) {
            return 0;
        }
        try {
            long value = Long.parseLong(after.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badInput("`after` must be a `cursor` of a change returned by this API, got '" + after + "'");
    }

    private static FactChange change(Object[] row) {
        return new FactChange(((Number) row[0]).longValue(), (String) row[1], toDate(row[2]),
                FactKind.valueOf(((String) row[3]).toUpperCase(Locale.ROOT)), ((Number) row[4]).longValue(),
                ChangeOperation.valueOf((String) row[5]), row[6] == null ? null : ((Number) row[6]).longValue(),
                row[7] == null ? null : ((Number) row[7]).longValue(), fields((String) row[8]), fields((String) row[9]));
    }

    /** A recorded row (JSON text) as its columns, in the order PostgreSQL keeps them. */
    static List<FactField> fields(String json) {
        if (json == null) {
            return List.of();
        }
        JsonObject row = new JsonObject(json);
        List<FactField> fields = new ArrayList<>(row.size());
        for (String name : row.fieldNames()) {
            Object value = row.getValue(name);
            String text = value == null ? null
                    : value instanceof JsonObject || value instanceof JsonArray ? value.toString() : String.valueOf(value);
            fields.add(new FactField(name, text));
        }
        return fields;
    }

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    @Override
    public Map<String, String> largestLists() {
        return Map.of("Query.dataReleases", Relation.rowsOf("data_release"),
                "FactChange.before", "select max((select count(*) from jsonb_object_keys(c.before))) from fact_change c",
                "FactChange.after", "select max((select count(*) from jsonb_object_keys(c.after))) from fact_change c");
    }
}
