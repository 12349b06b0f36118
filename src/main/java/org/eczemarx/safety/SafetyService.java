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
}
