package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Criteria for guideline recommendations; every criterion given must hold. */
@Input("RecommendationFilter")
@Description("Criteria for `recommendations`; all given criteria must hold. Names are matched ignoring case, accents, spaces and hyphens.")
public class RecommendationFilterInput {

    @Description("Only this guideline.")
    public Guideline guideline;

    @Description("Only this strength.")
    public RecommendationStrength strength;

    @Description("Only this direction.")
    public RecommendationDirection direction;

    @Description("Only this certainty of evidence.")
    public EvidenceCertainty certainty;

    @Description("Only this age group.")
    public AgeGroup ageGroup;

    @Description("Only interventions of this kind (e.g. PHOTOTHERAPY).")
    public InterventionKind interventionKind;

    @Description("An intervention by code or name (\"phototherapy\", \"topical corticosteroids\"); NOT_FOUND when none has it.")
    public String intervention;

    @Description("A drug by INN, synonym or brand: recommendations about it, and (with `includeClasses`) about the classes it belongs to; NOT_FOUND for a name of no drug.")
    public String drug;

    @DefaultValue("true")
    @Description("With `drug`: also recommendations about the drug's class and its parent classes (\"topical calcineurin inhibitors\" for tacrolimus).")
    public Boolean includeClasses;
}
