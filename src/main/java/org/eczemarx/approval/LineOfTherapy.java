package org.eczemarx.approval;

import org.eclipse.microprofile.graphql.Description;

@Description("Where in the sequence of treatments an approval places the drug, from the label's indication.")
public enum LineOfTherapy {
    @Description("First-line treatment.")
    FIRST_LINE,
    @Description("When topical therapies do not control the disease adequately or are not advisable.")
    AFTER_TOPICAL_THERAPY,
    @Description("For patients who are candidates for systemic therapy.")
    SYSTEMIC_CANDIDATE,
    @Description("When other systemic therapies (including biologics) do not control the disease or are not advisable.")
    AFTER_OTHER_SYSTEMIC_THERAPY,
    @Description("When topical corticosteroids do not control the disease adequately or are not advisable.")
    AFTER_TOPICAL_CORTICOSTEROIDS,
    @Description("Short-term treatment of flares.")
    SHORT_TERM_FLARES,
    @Description("Second-line treatment.")
    SECOND_LINE
}
