package org.eczemarx.dosing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.source.DrugFact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A labelled dose change for a circumstance. */
@Entity
@Description("A labelled dose change for a circumstance: interacting drugs, kidney or liver impairment, age, response, laboratory abnormalities.")
public class DoseAdjustment extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private DoseCircumstance circumstance;
    private String adjustment;

    @NonNull
    @Description("The region whose label sets it.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("When the dose changes.")
    public DoseCircumstance getCircumstance() {
        return circumstance;
    }

    @NonNull
    @Description("What the label says to do, e.g. \"15 mg once daily\" or \"not recommended\".")
    public String getAdjustment() {
        return adjustment;
    }
}
