package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("An outcome measure of atopic dermatitis trials.")
public enum EfficacyOutcome {
    @Description("Eczema Area and Severity Index, change from baseline.")
    EASI,
    @Description("At least 75% improvement in EASI.")
    EASI_75,
    @Description("At least 90% improvement in EASI.")
    EASI_90,
    @Description("Investigator's Global Assessment of clear or almost clear (with at least a 2-point improvement).")
    IGA_SUCCESS,
    @Description("Patient-Oriented Eczema Measure.")
    POEM,
    @Description("Peak pruritus (itch) numerical rating scale.")
    PEAK_PRURITUS,
    @Description("Dermatology Life Quality Index.")
    DLQI,
    @Description("SCORing Atopic Dermatitis.")
    SCORAD,
    @Description("Investigator-assessed global signs, as the review groups them.")
    INVESTIGATOR_GLOBAL,
    @Description("Patient-reported symptoms, as the review groups them.")
    PATIENT_REPORTED_SYMPTOMS,
    @Description("Prevention of flares.")
    FLARE_PREVENTION
}
