package org.eczemarx.approval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.Batches;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.RelationFields;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads approval rows and conditions; each method is one SQL statement. */
@ApplicationScoped
public class ApprovalService implements RelationFields {

    /** {@code Drug.approvals}: by region, then condition. */
    static final Relation<Drug, Approval> APPROVALS = Relation.many(Approval.class,
            "approval {c} join condition {c}k on {c}k.id = {c}.condition_id", "drug_id", Approval::drugId, Drug::pk,
            "{c}.region, {c}k.code, {c}.id").joining("condition", "k");
    /** {@code Approval.condition}. */
    static final Relation<Approval, Condition> CONDITION = Relation.one(Condition.class, "condition", "condition_id",
            Approval::conditionId, Condition::pk);

    private final Reads reads;

    ApprovalService(Reads reads) {
        this.reads = reads;
    }

    /** Approvals of each drug, optionally of one region and condition, by region then condition. */
    public Uni<List<List<Approval>>> ofDrugs(List<Long> drugIds, Region region, ConditionCode condition) {
        if (region == null && condition == null) {
            return reads.isolated(() -> APPROVALS.many(drugIds));
        }
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> parameters = new HashMap<>();
        if (region != null) {
            where.add("{c}.region = :region");
            parameters.put("region", region.name());
        }
        if (condition != null) {
            where.add("{c}k.code = :condition");
            parameters.put("condition", condition.name());
        }
        return reads.isolated(() -> APPROVALS.many(drugIds, where.toString(), parameters));
    }

    public Uni<List<Condition>> conditionsOf(List<Approval> approvals) {
        return reads.isolated(() -> CONDITION.one(approvals));
    }

    public Uni<List<Condition>> conditionsByIds(List<Long> ids) {
        List<Long> keys = Batches.distinct(ids);
        return reads.isolated(() -> Hql.list(Condition.class, "from Condition where pk in :ids", Map.of("ids", keys)))
                .map(rows -> Batches.matchedBy(ids, rows, Condition::pk));
    }

    @Override
    public Map<String, Relation<?, ?>> relationFields() {
        return Map.of("Drug.approvals", APPROVALS, "Approval.condition", CONDITION);
    }
}
