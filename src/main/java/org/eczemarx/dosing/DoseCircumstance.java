package org.eczemarx.dosing;

import org.eclipse.microprofile.graphql.Description;

@Description("A circumstance in which a label changes the dose.")
public enum DoseCircumstance {
    @Description("With strong CYP3A4 inhibitors.")
    STRONG_CYP3A4_INHIBITORS,
    @Description("With strong CYP2C19 inhibitors.")
    STRONG_CYP2C19_INHIBITORS,
    @Description("With CYP enzyme inducers.")
    CYP_INDUCERS,
    @Description("With OAT3 inhibitors (e.g. probenecid).")
    OAT3_INHIBITORS,
    @Description("Kidney impairment.")
    RENAL_IMPAIRMENT,
    @Description("Liver impairment.")
    HEPATIC_IMPAIRMENT,
    @Description("Older adults (65 years and over).")
    OLDER_ADULTS,
    @Description("Inadequate response to the starting dose.")
    INADEQUATE_RESPONSE,
    @Description("Disease under control (dose reduction or tapering).")
    CONTROLLED_DISEASE,
    @Description("A laboratory abnormality (low blood counts, raised liver enzymes ...).")
    LAB_ABNORMALITY,
    @Description("Another circumstance, described in the text.")
    OTHER
}
