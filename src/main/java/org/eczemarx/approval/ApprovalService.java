package org.eczemarx.approval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.graphql.Batches;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads approval rows and conditions; each method is one SQL statement. */
@ApplicationScoped
public class ApprovalService {

    private final Reads reads;

    ApprovalService(Reads reads) {
        this.reads = reads;
    }

    /** Approvals of each drug, optionally of one region and condition, by region then condition. */
    public Uni<List<List<Approval>>> ofDrugs(List<Long> drugIds, Region region, ConditionCode condition) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder hql = new StringBuilder(
                "select a from Approval a join Condition c on c.pk = a.conditionId where a.drugId in :ids");
        if (region != null) {
            hql.append(" and a.region = :region");
            parameters.put("region", region);
        }
        if (condition != null) {
            hql.append(" and c.code = :condition");
            parameters.put("condition", condition);
        }
        hql.append(" order by a.region, c.code, a.id");
        return reads.isolated(() -> Hql.list(Approval.class, hql.toString(), parameters))
                .map(rows -> Batches.groupedBy(drugIds, rows, Approval::drugId));
    }

    public Uni<List<Condition>> conditionsByIds(List<Long> ids) {
        List<Long> keys = Batches.distinct(ids);
        return reads.isolated(() -> Hql.list(Condition.class, "from Condition where pk in :ids", Map.of("ids", keys)))
                .map(rows -> Batches.matchedBy(ids, rows, Condition::pk));
    }
}
