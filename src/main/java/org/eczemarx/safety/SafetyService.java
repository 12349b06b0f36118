package org.eczemarx.safety;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.approval.Region;
import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.Batches;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads boxed warnings and adverse effects; each method is one SQL statement. */
@ApplicationScoped
public class SafetyService {

    private final Reads reads;

    SafetyService(Reads reads) {
        this.reads = reads;
    }

    public Uni<List<List<BoxedWarning>>> boxedWarnings(List<Long> drugIds, Region region) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        String where = "drugId in :ids";
        if (region != null) {
            where += " and region = :region";
            parameters.put("region", region);
        }
        String hql = "from BoxedWarning where " + where + " order by region, id";
        return reads.isolated(() -> Hql.list(BoxedWarning.class, hql, parameters))
                .map(rows -> Batches.groupedBy(drugIds, rows, BoxedWarning::drugId));
    }

    /** Serious effects first, then by name. */
    public Uni<List<List<AdverseEffect>>> adverseEffects(List<Drug> drugs) {
        List<Long> ids = drugs.stream().map(Drug::pk).toList();
        return reads.isolated(() -> Hql.list(AdverseEffect.class,
                "from AdverseEffect where drugId in :ids order by serious desc, name, id",
                Map.of("ids", Batches.distinct(ids))))
                .map(rows -> Batches.groupedBy(ids, rows, AdverseEffect::drugId));
    }
}
