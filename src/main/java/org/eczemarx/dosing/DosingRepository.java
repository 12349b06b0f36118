package org.eczemarx.dosing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.approval.ConditionCode;
import org.eczemarx.approval.Region;
import org.eczemarx.persistence.Hql;
import org.eczemarx.source.FactSql;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries for dosing regimens, dose adjustments and limits of use; each method is one SQL statement. */
@ApplicationScoped
public class DosingRepository {

    /**
     * Regimens of the drugs by region, condition, then oldest patients first (adults before children, heavier before
     * lighter), then in curated order: the order {@code Drug.dosing} promises, which the curated order alone broke where
     * an adult regimen was added later (tralokinumab's US autoinjector).
     */
    public Uni<List<DosingRegimen>> listRegimensByDrugIds(List<Long> drugIds, Region region, ConditionCode condition) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder where = new StringBuilder("r.drug_id in (:ids)");
        FactSql.equal(where, parameters, "r.region", "region", region);
        FactSql.equal(where, parameters, "c.code", "condition", condition);
        return Hql.nativeList(DosingRegimen.class, """
                select r.* from dosing_regimen r join condition c on c.id = r.condition_id
                where %s order by r.region, c.code, r.minimum_age_months desc nulls first, r.minimum_weight_kg desc nulls first, r.id"""
                .formatted(where), parameters);
    }

    /** Dose adjustments of the drugs by region, circumstance, then in curated order. */
    public Uni<List<DoseAdjustment>> listAdjustmentsByDrugIds(List<Long> drugIds, Region region, DoseCircumstance circumstance) {
        return FactSql.ofDrugs(DoseAdjustment.class, "dose_adjustment", drugIds, region, "circumstance", DoseCircumstance.class,
                circumstance);
    }

    /** Limits of use of the drugs by region, kind, then in curated order. */
    public Uni<List<UseLimit>> listUseLimitsByDrugIds(List<Long> drugIds, Region region, UseLimitKind kind) {
        return FactSql.ofDrugs(UseLimit.class, "use_limit", drugIds, region, "kind", UseLimitKind.class, kind);
    }
}
