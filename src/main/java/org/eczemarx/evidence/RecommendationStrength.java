package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("How strongly a guideline recommends (GRADE or the guideline's own scheme).")
public enum RecommendationStrength {
    @Description("Strong recommendation: most patients should receive (or not receive) the intervention.")
    STRONG,
    @Description("Conditional (weak) recommendation: the choice depends on the patient's values and circumstances.")
    CONDITIONAL,
    @Description("Good practice statement, not graded.")
    GOOD_PRACTICE,
    @Description("Expert consensus, not based on graded evidence.")
    CONSENSUS
}
