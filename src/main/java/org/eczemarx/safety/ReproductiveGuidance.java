package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;

@Description("What a label says about a reproductive-safety topic.")
public enum ReproductiveGuidance {
    @Description("Contraindicated.")
    CONTRAINDICATED,
    @Description("Should be avoided (not recommended, or discontinue breastfeeding).")
    AVOID,
    @Description("Use only if the benefit justifies the risk.")
    USE_ONLY_IF_CLEARLY_NEEDED,
    @Description("No known risk at labelled doses.")
    NO_KNOWN_RISK,
    @Description("Too few data to say.")
    INSUFFICIENT_DATA,
    @Description("Required (contraception).")
    REQUIRED,
    @Description("Not required (contraception).")
    NOT_REQUIRED
}
