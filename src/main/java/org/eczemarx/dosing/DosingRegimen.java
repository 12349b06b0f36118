package org.eczemarx.dosing;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.source.DrugFact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A labelled regimen for one population in one region. */
@Entity
@Description("A regimen as labelled for one population in one region and condition: loading dose, maintenance dose and interval, "
        + "and the less frequent maintenance a label allows.")
public class DosingRegimen extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    @Ignore
    private Long conditionId;
    private String population;
    private Integer minimumAgeMonths;
    private Integer maximumAgeMonths;
    @Column(name = "minimum_weight_kg")
    @Ignore
    private BigDecimal minimumWeight;
    @Column(name = "maximum_weight_kg")
    @Ignore
    private BigDecimal maximumWeight;
    private String loadingDose;
    private String dose;
    private String frequency;
    private String maintenanceOptions;
    private String notes;

    public Long conditionId() {
        return conditionId;
    }

    @NonNull
    @Description("The region whose label sets the regimen.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("Whom the regimen is for, in the label's words: \"adults\", \"children 6-11 years, 15 to <30 kg\".")
    public String getPopulation() {
        return population;
    }

    @Description("Youngest age in months the regimen applies to; null when not restricted.")
    public Integer getMinimumAgeMonths() {
        return minimumAgeMonths;
    }

    @Description("Oldest age in months the regimen applies to; null when not restricted.")
    public Integer getMaximumAgeMonths() {
        return maximumAgeMonths;
    }

    @Description("Lowest body weight in kg the regimen applies to (inclusive); null when not restricted.")
    public Double getMinimumWeightKg() {
        return minimumWeight == null ? null : minimumWeight.doubleValue();
    }

    @Description("Body weight in kg from which the regimen no longer applies (exclusive); null when not restricted.")
    public Double getMaximumWeightKg() {
        return maximumWeight == null ? null : maximumWeight.doubleValue();
    }

    @Description("Loading (first) dose, e.g. \"600 mg (two 300 mg injections)\"; null when there is none.")
    public String getLoadingDose() {
        return loadingDose;
    }

    @NonNull
    @Description("Maintenance dose: \"300 mg\", \"15 mg\", \"thin layer\".")
    public String getDose() {
        return dose;
    }

    @NonNull
    @Description("Maintenance interval: \"every 2 weeks\", \"once daily\", \"twice daily\".")
    public String getFrequency() {
        return frequency;
    }

    @Description("Less frequent maintenance the label allows after response, e.g. \"every 4 weeks after week 16\"; null when none.")
    public String getMaintenanceOptions() {
        return maintenanceOptions;
    }

    @Description("Other labelled details: titration, when to stop for lack of response, administration.")
    public String getNotes() {
        return notes;
    }
}
