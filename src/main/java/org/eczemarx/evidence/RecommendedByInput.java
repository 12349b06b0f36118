package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A guideline recommendation a drug must have, for the drugs filter. */
@Input("RecommendedByFilter")
@Description("A guideline recommendation that must exist about the drug, or (with `includeClasses`) about a class it belongs to.")
public class RecommendedByInput {

    @Description("The guideline; any when omitted.")
    public Guideline guideline;

    @Description("The strength; any when omitted.")
    public RecommendationStrength strength;

    @DefaultValue("FOR")
    @Description("The direction: FOR unless stated.")
    public RecommendationDirection direction;

    @Description("The age group; any when omitted.")
    public AgeGroup ageGroup;

    @DefaultValue("true")
    @Description("Also count recommendations about the drug's class and parent classes (a recommendation for topical corticosteroids covers mometasone).")
    public Boolean includeClasses;
}
