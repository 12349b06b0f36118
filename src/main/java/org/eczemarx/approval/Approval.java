package org.eczemarx.approval;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.persistence.EnumList;
import org.eczemarx.source.DrugFact;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One regulator's decision for one drug and one condition. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("One regulator's decision for one drug and one condition: never a bare 'approved' boolean.")
public class Approval extends DrugFact {

    @Enumerated(EnumType.STRING)
    public Region region;
    public String agency;
    @Ignore
    public Long conditionId;
    @Enumerated(EnumType.STRING)
    public ApprovalStatus status;
    public Integer year;
    public Integer minimumAgeMonths;
    @Column(name = "severity")
    @Ignore
    public String severityList;
    public String notes;
    @Enumerated(EnumType.STRING)
    public LineOfTherapy lineOfTherapy;
    @Column(name = "minimum_weight_kg")
    @Ignore
    public BigDecimal minimumWeight;
    public String indication;

    public Long conditionId() {
        return conditionId;
    }

    @NonNull
    @Description("The region the decision applies to.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("Who decided: FDA, EMA, or 'national' where authorisation is national.")
    public String getAgency() {
        return agency;
    }

    @NonNull
    @Description("Approved, off-label, not approved, withdrawn or investigational.")
    public ApprovalStatus getStatus() {
        return status;
    }

    @Description("Year of first approval for this condition in this region; null when never approved (NOT_APPROVED, OFF_LABEL, INVESTIGATIONAL). A WITHDRAWN row keeps the year it was approved: check `status`.")
    public Integer getYear() {
        return year;
    }

    @Description("Youngest approved age in months under the current label (3 months, 24 = 2 years, 144 = 12 years); null when never approved, or when the label states no minimum age or it is not recorded (`notes` say which). A WITHDRAWN row keeps the age of its last label.")
    public Integer getMinimumAgeMonths() {
        return minimumAgeMonths;
    }

    @NonNull
    @Description("Disease severities the approval covers (for OFF_LABEL, the severities the off-label use is described for); empty when not stated, and for NOT_APPROVED and WITHDRAWN rows.")
    public List<@NonNull Severity> getSeverity() {
        return EnumList.parse(Severity.class, severityList);
    }

    @Description("Restrictions (weight, body surface, line of therapy) and how this differs from older documents.")
    public String getNotes() {
        return notes;
    }

    @Description("Where the label places the drug in the sequence of treatments; null when it does not say or the drug is not approved.")
    public LineOfTherapy getLineOfTherapy() {
        return lineOfTherapy;
    }

    @Description("Lowest body weight in kg the approval covers (e.g. 15 kg for a paediatric biologic); null when the label sets none.")
    public Double getMinimumWeightKg() {
        return minimumWeight == null ? null : minimumWeight.doubleValue();
    }

    @Description("The label's indication sentence, quoted; null when not curated.")
    public String getIndication() {
        return indication;
    }
}
