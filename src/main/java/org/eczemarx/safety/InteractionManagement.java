package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("What a label says to do about an interaction, strictest first.")
public enum InteractionManagement {
    @Description("Must not be combined.")
    CONTRAINDICATED,
    @Description("Avoid the combination (not recommended).")
    AVOID,
    @Description("Combine with a dose change.")
    ADJUST_DOSE,
    @Description("Combine with monitoring.")
    MONITOR,
    @Description("Combine with caution.")
    CAUTION
}
