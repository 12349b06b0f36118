package org.eczemarx.safety;

import java.util.List;
import java.util.Map;

import org.eczemarx.approval.Region;
import org.eczemarx.drug.Drug;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.RelationFields;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads boxed warnings and adverse effects; each method is one SQL statement. */
@ApplicationScoped
public class SafetyService implements RelationFields {

    /** {@code Drug.boxedWarnings}: by region. */
    static final Relation<Drug, BoxedWarning> BOXED_WARNINGS = Relation.many(BoxedWarning.class, "boxed_warning {c}", "drug_id",
            BoxedWarning::drugId, Drug::pk, "{c}.region, {c}.id");
    /** {@code Drug.adverseEffects}: serious effects first, then by name. */
    static final Relation<Drug, AdverseEffect> ADVERSE_EFFECTS = Relation.many(AdverseEffect.class, "adverse_effect {c}",
            "drug_id", AdverseEffect::drugId, Drug::pk, "{c}.serious desc, {c}.name, {c}.id");

    private final Reads reads;

    SafetyService(Reads reads) {
        this.reads = reads;
    }

    public Uni<List<List<BoxedWarning>>> boxedWarnings(List<Long> drugIds, Region region) {
        return reads.isolated(() -> region == null ? BOXED_WARNINGS.many(drugIds)
                : BOXED_WARNINGS.many(drugIds, "{c}.region = :region", Map.of("region", region.name())));
    }

    public Uni<List<List<AdverseEffect>>> adverseEffects(List<Drug> drugs) {
        return reads.isolated(() -> ADVERSE_EFFECTS.many(drugs.stream().map(Drug::pk).toList()));
    }

    @Override
    public Map<String, Relation<?, ?>> relationFields() {
        return Map.of("Drug.boxedWarnings", BOXED_WARNINGS, "Drug.adverseEffects", ADVERSE_EFFECTS);
    }

    @Override
    public Map<String, String> largestLists() {
        Map<String, String> largest = RelationFields.super.largestLists();
        largest.put("Drug.contraindications", Relation.mostPerKey("contraindication", "drug_id"));
        largest.put("Drug.reproductiveSafety", Relation.mostPerKey("reproductive_safety", "drug_id"));
        largest.put("Drug.vaccination", Relation.mostPerKey("vaccination_advice", "drug_id"));
        largest.put("Drug.interactions", Relation.mostPerKey("drug_interaction", "drug_id"));
        largest.put("Drug.riskPrograms", Relation.mostPerKey("risk_program", "drug_id"));
        largest.put("RegimenInteractions.drugs", Relation.rowsOf("drug"));
        largest.put("RegimenInteractions.betweenRegimenDrugs", Relation.rowsOf("drug_interaction"));
        largest.put("RegimenInteractions.otherInteractions", Relation.rowsOf("drug_interaction"));
        largest.put("RegimenInteraction.with", Relation.rowsOf("drug"));
        return largest;
    }
}
