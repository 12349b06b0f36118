package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.source.DrugFact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A labelled interaction of a drug with another drug or a class of drugs. */
@Entity
@Description("A labelled interaction of the drug with another drug or a class of drugs (\"strong CYP3A4 inhibitors\"), "
        + "its effect and what the label says to do.")
public class DrugInteraction extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    private String interacting;
    @Ignore
    private Long interactingDrugId;
    private String effect;
    @Enumerated(EnumType.STRING)
    private InteractionManagement management;
    private String text;

    public Long interactingDrugId() {
        return interactingDrugId;
    }

    @NonNull
    @Description("The region whose label says so.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("The other drug or class, in the label's words: \"strong CYP3A4 inhibitors (e.g. ketoconazole)\".")
    public String getInteracting() {
        return interacting;
    }

    @NonNull
    @Description("What happens: \"increased upadacitinib exposure\".")
    public String getEffect() {
        return effect;
    }

    @NonNull
    @Description("What the label says to do, in one word.")
    public InteractionManagement getManagement() {
        return management;
    }

    @NonNull
    @Description("What the label says, closely paraphrased.")
    public String getText() {
        return text;
    }
}
