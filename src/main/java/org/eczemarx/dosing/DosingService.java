package org.eczemarx.dosing;

import java.util.List;
import java.util.Map;

import org.eczemarx.approval.ConditionCode;
import org.eczemarx.approval.Region;
import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.ListSizes;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Dosing as labelled, for batches of drugs: every method is one SQL statement, results in key order. */
@ApplicationScoped
public class DosingService implements ListSizes {

    private final DosingRepository repository;
    private final Reads reads;

    DosingService(DosingRepository repository, Reads reads) {
        this.repository = repository;
        this.reads = reads;
    }

    public Uni<List<List<DosingRegimen>>> regimens(List<Long> drugIds, Region region, ConditionCode condition) {
        return reads.isolated(() -> repository.listRegimensByDrugIds(Batches.distinct(drugIds), region, condition))
                .map(rows -> Batches.groupedBy(drugIds, rows, DosingRegimen::drugId));
    }

    public Uni<List<List<DoseAdjustment>>> adjustments(List<Long> drugIds, Region region, DoseCircumstance circumstance) {
        return reads.isolated(() -> repository.listAdjustmentsByDrugIds(Batches.distinct(drugIds), region, circumstance))
                .map(rows -> Batches.groupedBy(drugIds, rows, DoseAdjustment::drugId));
    }

    public Uni<List<List<UseLimit>>> useLimits(List<Long> drugIds, Region region, UseLimitKind kind) {
        return reads.isolated(() -> repository.listUseLimitsByDrugIds(Batches.distinct(drugIds), region, kind))
                .map(rows -> Batches.groupedBy(drugIds, rows, UseLimit::drugId));
    }

    @Override
    public Map<String, String> largestLists() {
        return Map.of("Drug.dosing", Relation.mostPerKey("dosing_regimen", "drug_id"),
                "Drug.doseAdjustments", Relation.mostPerKey("dose_adjustment", "drug_id"),
                "Drug.useLimits", Relation.mostPerKey("use_limit", "drug_id"));
    }
}
