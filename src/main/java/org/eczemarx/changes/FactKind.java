package org.eczemarx.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The kinds of rows the change log records: one per table that holds facts, names or sources. */
@Enum("FactKind")
@Description("The kind of row a change is about.")
public enum FactKind {
    ADVERSE_EFFECT, APPROVAL, BOXED_WARNING, CONTRAINDICATION, DOSE_ADJUSTMENT, DOSING_REGIMEN, DRUG_INTERACTION,
    DRUG_TARGET, EFFICACY_RESULT, GUIDELINE_RECOMMENDATION, MONITORING_REQUIREMENT, REPRODUCTIVE_SAFETY, RISK_PROGRAM,
    SEARCH_ALIAS, USE_LIMIT, VACCINATION_ADVICE, BRAND, DRUG, SOURCE;

    /** The table that holds this kind of row. */
    String table() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
