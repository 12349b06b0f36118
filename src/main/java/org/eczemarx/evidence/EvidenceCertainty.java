package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("Certainty of the evidence (GRADE).")
public enum EvidenceCertainty {
    @Description("High: further research is very unlikely to change confidence in the estimate.")
    HIGH,
    @Description("Moderate: further research is likely to have an important impact on confidence in the estimate.")
    MODERATE,
    @Description("Low: further research is very likely to change the estimate.")
    LOW,
    @Description("Very low: any estimate of effect is very uncertain.")
    VERY_LOW
}
