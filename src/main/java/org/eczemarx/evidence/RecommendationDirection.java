package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a guideline recommends for or against an intervention.")
public enum RecommendationDirection {
    @Description("Recommended (suggested, for a conditional recommendation).")
    FOR,
    @Description("Recommended against.")
    AGAINST,
    @Description("No recommendation either way (insufficient evidence, or a statement that is not a recommendation for or against).")
    NEITHER
}
