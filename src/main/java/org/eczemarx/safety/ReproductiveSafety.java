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
    @NonNull
    @Description("The region whose label says so.")
    public Region region;
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("Pregnancy, breastfeeding, contraception or fertility.")
    public ReproductiveTopic topic;
    @Enumerated(EnumType.STRING)
    @NonNull
    @Description("The label's guidance in one word.")
    public ReproductiveGuidance guidance;
    @NonNull
    @Description("What the label says, e.g. how long to use contraception after the last dose.")
    public String text;
    @NonNull
    @Description("True when the label names a pregnancy exposure registry.")
    public boolean registry;
}
