package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One result of a (network) meta-analysis for one intervention and dose: only what the review states. */
@Entity
@Description("One result of a (network) meta-analysis for one intervention (and dose, where the review separates doses): "
        + "outcome, time point, comparator, and the effect or ranking group exactly as the review reports them. Nothing is computed here.")
public class EfficacyResult extends InterventionFact {

    private String dose;
    @Enumerated(EnumType.STRING)
    private EfficacyOutcome outcome;
    @Enumerated(EnumType.STRING)
    private TimePoint timePoint;
    private String timePointDetail;
    private String comparator;
    private String effect;
    @Enumerated(EnumType.STRING)
    private RankingGroup rankingGroup;
    @Enumerated(EnumType.STRING)
    private EvidenceCertainty certainty;
    private String summary;

    @Description("The dose the result is for, e.g. \"300 mg every 2 weeks\"; null when the review pools doses.")
    public String getDose() {
        return dose;
    }

    @NonNull
    @Description("The outcome measure.")
    public EfficacyOutcome getOutcome() {
        return outcome;
    }

    @NonNull
    @Description("Short or long term, as the review groups time points.")
    public TimePoint getTimePoint() {
        return timePoint;
    }

    @Description("The time point in the review's words, e.g. \"8 to <24 weeks\", \"16 weeks\".")
    public String getTimePointDetail() {
        return timePointDetail;
    }

    @NonNull
    @Description("What the intervention is compared with: \"placebo\", \"vehicle\", \"dupilumab 300 mg every 2 weeks\".")
    public String getComparator() {
        return comparator;
    }

    @Description("The effect estimate as reported, e.g. \"MD 11.3 (95% CI 9.7 to 12.8)\"; null when the review reports a ranking group only.")
    public String getEffect() {
        return effect;
    }

    @Description("The group the review places the intervention in for this outcome; null when it reports none.")
    public RankingGroup getRankingGroup() {
        return rankingGroup;
    }

    @Description("Certainty of the evidence (GRADE), as the review rates it; null when not rated.")
    public EvidenceCertainty getCertainty() {
        return certainty;
    }

    @NonNull
    @Description("The review's own conclusion for this intervention, in plain words.")
    public String getSummary() {
        return summary;
    }
}
