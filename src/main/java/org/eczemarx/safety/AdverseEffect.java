package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.source.DrugFact;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An adverse effect of a drug, as its label reports it. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("An adverse effect of a drug as its label reports it: how common and whether it is serious.")
public class AdverseEffect extends DrugFact {

    public String name;
    @Enumerated(EnumType.STRING)
    public Frequency frequency;
    public boolean serious;
    public String notes;

    @NonNull
    @Description("The effect, e.g. \"conjunctivitis\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("How often it occurs, in the EU SmPC frequency convention.")
    public Frequency getFrequency() {
        return frequency;
    }

    @NonNull
    @Description("True for serious effects (hospitalisation, disability, life-threatening or fatal outcomes).")
    public boolean isSerious() {
        return serious;
    }

    @Description("Context: population, dose, or comparison with placebo.")
    public String getNotes() {
        return notes;
    }
}
