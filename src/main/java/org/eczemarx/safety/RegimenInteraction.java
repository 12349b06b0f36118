package org.eczemarx.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.drug.Drug;

/** A labelled interaction of one drug of a regimen that concerns other drugs of the same regimen. */
@Description("A labelled interaction of one drug of a regimen that concerns other drugs of the same regimen: the label links the "
        + "other drug, or names it or one of its classes (\"other JAK inhibitors\", \"potent immunosuppressants such as cyclosporine\").")
public class RegimenInteraction {

    private final DrugInteraction interaction;
    private final List<Drug> with;

    RegimenInteraction(DrugInteraction interaction, List<Drug> with) {
        this.interaction = interaction;
        this.with = with;
    }

    @NonNull
    @Description("The label's interaction row (its `drug` is the drug whose label states it).")
    public DrugInteraction getInteraction() {
        return interaction;
    }

    @NonNull
    @Description("The other drugs of the regimen it concerns, by name.")
    public List<@NonNull Drug> getWith() {
        return with;
    }
}
