package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("How often an adverse effect occurs (EU SmPC convention).")
public enum Frequency {
    @Description("1 in 10 people or more.")
    VERY_COMMON,
    @Description("1 in 100 to 1 in 10.")
    COMMON,
    @Description("1 in 1,000 to 1 in 100.")
    UNCOMMON,
    @Description("1 in 10,000 to 1 in 1,000.")
    RARE,
    @Description("Fewer than 1 in 10,000.")
    VERY_RARE,
    @Description("Frequency cannot be estimated from the available data.")
    NOT_KNOWN
}
