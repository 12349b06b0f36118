package org.eczemarx.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The kinds of rows the change log records: one per table that holds facts, names or sources. */
@Enum("FactKind")
@Description("The kind of row a change is about.")
public enum FactKind {
    @Description("An adverse effect of a drug (`Drug.adverseEffects`).") ADVERSE_EFFECT,
    @Description("An approval row (`Drug.approvals`).") APPROVAL,
    @Description("A boxed warning (`Drug.boxedWarnings`).") BOXED_WARNING,
    @Description("A contraindication (`Drug.contraindications`).") CONTRAINDICATION,
    @Description("A labelled dose adjustment (`Drug.doseAdjustments`).") DOSE_ADJUSTMENT,
    @Description("A labelled regimen (`Drug.dosing`).") DOSING_REGIMEN,
    @Description("A labelled interaction (`Drug.interactions`).") DRUG_INTERACTION,
    @Description("What a drug acts on (`Drug.targets`).") DRUG_TARGET,
    @Description("An efficacy result (`efficacyResults`, `Drug.efficacy`).") EFFICACY_RESULT,
    @Description("A guideline's recommendation (`recommendations`, `Drug.recommendations`).") GUIDELINE_RECOMMENDATION,
    @Description("A test to do before or during treatment (`Drug.monitoring`).") MONITORING_REQUIREMENT,
    @Description("Pregnancy, breastfeeding, contraception or fertility (`Drug.reproductiveSafety`).") REPRODUCTIVE_SAFETY,
    @Description("A risk-management programme or restriction (`Drug.riskPrograms`).") RISK_PROGRAM,
    @Description("A search word or alias (what `search` matches).") SEARCH_ALIAS,
    @Description("A limit of use (`Drug.useLimits`).") USE_LIMIT,
    @Description("Vaccination advice (`Drug.vaccination`).") VACCINATION_ADVICE,
    @Description("A brand name (`Drug.brands`).") BRAND,
    @Description("A drug's own row: name, class, modality, mechanism, last reviewed.") DRUG,
    @Description("A source document (`Source`).") SOURCE;

    /** The table that holds this kind of row. */
    String table() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
