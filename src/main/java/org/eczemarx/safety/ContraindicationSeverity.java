package org.eczemarx.safety;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;

@Description("How strongly a label advises against use, strongest first.")
public enum ContraindicationSeverity {
    @Description("Must not be used.")
    CONTRAINDICATED,
    @Description("Not recommended (avoid unless the label's conditions are met).")
    NOT_RECOMMENDED,
    @Description("Use with caution.")
    CAUTION;

    /** The names of this severity and every stricter one, for SQL ({@code CAUTION} means any). */
    public static List<String> atLeast(ContraindicationSeverity severity) {
        return Arrays.stream(values()).filter(s -> s.ordinal() <= severity.ordinal()).map(Enum::name).toList();
    }
}
