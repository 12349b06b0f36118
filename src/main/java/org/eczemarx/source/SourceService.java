package org.eczemarx.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.ListSizes;
import org.eczemarx.graphql.NodeSource;
import org.eczemarx.graphql.NodeType;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads sources; each method is one SQL statement. */
@ApplicationScoped
public class SourceService implements NodeSource, ListSizes {

    private final Reads reads;

    SourceService(Reads reads) {
        this.reads = reads;
    }

    /** Sources by key, in key order. */
    public Uni<List<Source>> byIds(List<Long> ids) {
        List<Long> keys = Batches.distinct(ids).stream().filter(Objects::nonNull).toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(ids.stream().map(id -> (Source) null).toList());
        }
        return reads.isolated(() -> Hql.list(Source.class, "from Source where pk in :ids", Map.of("ids", keys)))
                .map(rows -> Batches.matchedBy(ids, rows, Source::pk));
    }

    /** Every source cited by each drug's facts, by title. */
    public Uni<List<List<Source>>> ofDrugs(List<Long> drugIds) {
        return reads.isolated(() -> Hql.tuples("""
                select l.drugId, s from DrugSourceLink l join Source s on s.pk = l.sourceId
                where l.drugId in :ids order by s.title, s.pk""", Map.of("ids", Batches.distinct(drugIds))))
                .map(rows -> Batches.groupedTuples(drugIds, rows, Source.class));
    }

    @Override
    public NodeType nodeType() {
        return NodeType.SOURCE;
    }

    @Override
    public Uni<List<Source>> nodesByIds(List<Long> keys) {
        return byIds(keys);
    }

    @Override
    public Map<String, String> largestLists() {
        return Map.of("Drug.sources", Relation.mostPerKey("drug_source", "drug_id"),
                "DrugTarget.sources", "select 1");
    }
}
