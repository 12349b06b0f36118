package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.source.DrugFact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Pregnancy, breastfeeding, contraception or fertility, as one region's label states it. */
@Entity
@Description("What one region's label says about pregnancy, breastfeeding, contraception or fertility. US labels and EU SmPCs differ: "
        + "ask per region.")
public class ReproductiveSafety extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private ReproductiveTopic topic;
    @Enumerated(EnumType.STRING)
    private ReproductiveGuidance guidance;
    private String text;
    private boolean registry;

    @NonNull
    @Description("The region whose label says so.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("Pregnancy, breastfeeding, contraception or fertility.")
    public ReproductiveTopic getTopic() {
        return topic;
    }

    @NonNull
    @Description("The label's guidance in one word.")
    public ReproductiveGuidance getGuidance() {
        return guidance;
    }

    @NonNull
    @Description("What the label says, e.g. how long to use contraception after the last dose.")
    public String getText() {
        return text;
    }

    @NonNull
    @Description("True when the label names a pregnancy exposure registry.")
    public boolean isRegistry() {
        return registry;
    }
}
