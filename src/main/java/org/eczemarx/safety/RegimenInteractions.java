package org.eczemarx.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.drug.Drug;

/** The labelled interactions of a regimen: between its drugs, and with other drugs and classes. */
@Description("The labelled interactions of a regimen's drugs: those between drugs of the regimen, and those with other drugs and classes "
        + "(strong CYP3A4 inhibitors, live vaccines ...). Describes labels; it is not medical advice.")
public class RegimenInteractions {

    private final List<Drug> drugs;
    private final List<RegimenInteraction> betweenRegimenDrugs;
    private final List<DrugInteraction> otherInteractions;

    RegimenInteractions(List<Drug> drugs, List<RegimenInteraction> betweenRegimenDrugs, List<DrugInteraction> otherInteractions) {
        this.drugs = drugs;
        this.betweenRegimenDrugs = betweenRegimenDrugs;
        this.otherInteractions = otherInteractions;
    }

    @NonNull
    @Description("The regimen's drugs, de-duplicated, by name.")
    public List<@NonNull Drug> getDrugs() {
        return drugs;
    }

    @NonNull
    @Description("Interactions a regimen drug's label states with another drug of the regimen (or a class it belongs to), "
            + "by drug name, region, then strictest first.")
    public List<@NonNull RegimenInteraction> getBetweenRegimenDrugs() {
        return betweenRegimenDrugs;
    }

    @NonNull
    @Description("The regimen drugs' other labelled interactions, with drugs and classes outside the regimen, by drug name, region, then strictest first.")
    public List<@NonNull DrugInteraction> getOtherInteractions() {
        return otherInteractions;
    }
}
