package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Criteria for meta-analysis results; every criterion given must hold. */
@Input("EfficacyFilter")
@Description("Criteria for `efficacyResults`; all given criteria must hold. Names are matched ignoring case, accents, spaces and hyphens.")
public class EfficacyFilterInput {

    @Description("Only this outcome.")
    public EfficacyOutcome outcome;

    @Description("Only this time point.")
    public TimePoint timePoint;

    @Description("Only results the review places in this ranking group.")
    public RankingGroup rankingGroup;

    @Description("Only results of this certainty of evidence.")
    public EvidenceCertainty certainty;

    @Description("An intervention by code or name; NOT_FOUND when none has it.")
    public String intervention;

    @Description("A drug by INN, synonym or brand: results for that drug (any dose); NOT_FOUND for a name of no drug.")
    public String drug;
}
