package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.source.DrugFact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** When a label says not to use a drug, or to use it only with caution. */
@Entity
@Description("When one region's label says not to use the drug, not to recommend it, or to use it with caution.")
public class Contraindication extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private ContraindicationPopulation population;
    @Enumerated(EnumType.STRING)
    private ContraindicationSeverity severity;
    private String description;

    @NonNull
    @Description("The region whose label says so.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("The people or circumstance concerned.")
    public ContraindicationPopulation getPopulation() {
        return population;
    }

    @NonNull
    @Description("Contraindicated, not recommended, or caution.")
    public ContraindicationSeverity getSeverity() {
        return severity;
    }

    @NonNull
    @Description("What the label says, closely paraphrased.")
    public String getDescription() {
        return description;
    }
}
