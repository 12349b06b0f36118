package org.eczemarx.evidence;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Severity;
import org.eczemarx.persistence.EnumList;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One graded statement of one guideline about one intervention. */
@Entity
@Description("One graded statement of one guideline about one intervention: direction, strength, certainty of evidence, population and wording.")
public class GuidelineRecommendation extends InterventionFact {

    @Enumerated(EnumType.STRING)
    private Guideline guideline;
    @Enumerated(EnumType.STRING)
    private RecommendationDirection direction;
    @Enumerated(EnumType.STRING)
    private RecommendationStrength strength;
    @Enumerated(EnumType.STRING)
    private EvidenceCertainty certainty;
    private String population;
    @Enumerated(EnumType.STRING)
    private AgeGroup ageGroup;
    @Column(name = "severity")
    @Ignore
    private String severityList;
    private String statement;

    @NonNull
    @Description("The guideline making the statement.")
    public Guideline getGuideline() {
        return guideline;
    }

    @NonNull
    @Description("For, against, or neither.")
    public RecommendationDirection getDirection() {
        return direction;
    }

    @Description("Strong, conditional, good practice or consensus; null when the curators have not read the guideline's grading (the row is unverified and says so).")
    public RecommendationStrength getStrength() {
        return strength;
    }

    @Description("Certainty of the evidence behind it; null for good-practice and consensus statements.")
    public EvidenceCertainty getCertainty() {
        return certainty;
    }

    @NonNull
    @Description("Whom it is about, in the guideline's words: \"adults with moderate-to-severe atopic dermatitis\".")
    public String getPopulation() {
        return population;
    }

    @NonNull
    @Description("The age group it is about.")
    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    @NonNull
    @Description("Disease severities it is about; empty when the guideline does not restrict it.")
    public List<@NonNull Severity> getSeverity() {
        return EnumList.parse(Severity.class, severityList);
    }

    @NonNull
    @Description("The recommendation as the guideline words it (quoted or closely paraphrased).")
    public String getStatement() {
        return statement;
    }
}
