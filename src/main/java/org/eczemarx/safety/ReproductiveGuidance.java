package org.eczemarx.safety;

import java.util.List;

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
    NOT_REQUIRED;

    /** The guidance values that are at least as strict as a contraindication severity, by name, for SQL. */
    public static List<String> atLeast(ContraindicationSeverity severity) {
        return switch (severity) {
            case CONTRAINDICATED -> List.of(CONTRAINDICATED.name());
            case NOT_RECOMMENDED -> List.of(CONTRAINDICATED.name(), AVOID.name());
            case CAUTION -> List.of(CONTRAINDICATED.name(), AVOID.name(), USE_ONLY_IF_CLEARLY_NEEDED.name());
        };
    }
}
