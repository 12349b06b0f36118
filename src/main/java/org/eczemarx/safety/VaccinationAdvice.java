package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.source.DrugFact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What a label says about vaccination before and during treatment. */
@Entity
@Description("What one region's label says about vaccination before and during treatment (live vaccines, completing immunisations).")
public class VaccinationAdvice extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private VaccinationAdviceKind kind;
    private String text;

    @NonNull
    @Description("The region whose label says so.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("The advice in one word.")
    public VaccinationAdviceKind getKind() {
        return kind;
    }

    @NonNull
    @Description("What the label says, closely paraphrased.")
    public String getText() {
        return text;
    }
}
