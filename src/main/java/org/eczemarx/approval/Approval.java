package org.eczemarx.approval;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.persistence.EnumList;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One regulator's decision for one drug and one condition. */
@Entity
@Table(name = "approval")
@Description("One regulator's decision for one drug and one condition: never a bare 'approved' boolean.")
public class Approval {

    @Id
    @Ignore
    private Long id;
    @Column(name = "drug_id")
    @Ignore
    private Long drugId;
    @Enumerated(EnumType.STRING)
    private Region region;
    private String agency;
    @Column(name = "condition_id")
    @Ignore
    private Long conditionId;
    @Enumerated(EnumType.STRING)
    private ApprovalStatus status;
    private Integer year;
    @Column(name = "minimum_age_months")
    private Integer minimumAgeMonths;
    @Column(name = "severity")
    @Ignore
    private String severityList;
    private String notes;
    @Column(name = "source_id")
    @Ignore
    private Long sourceId;
    private boolean verified;

    public Long drugId() {
        return drugId;
    }

    public Long conditionId() {
        return conditionId;
    }

    public Long sourceId() {
        return sourceId;
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

    @Description("Year of first approval for this condition in this region; null when not approved.")
    public Integer getYear() {
        return year;
    }

    @Description("Youngest approved age in months under the current label (3 months, 24 = 2 years, 144 = 12 years); null when not approved.")
    public Integer getMinimumAgeMonths() {
        return minimumAgeMonths;
    }

    @NonNull
    @Description("Disease severities the approval covers; empty when not stated or not approved.")
    public List<@NonNull Severity> getSeverity() {
        return EnumList.parse(Severity.class, severityList);
    }

    @Description("Restrictions (weight, body surface, line of therapy) and how this differs from older documents.")
    public String getNotes() {
        return notes;
    }

    @NonNull
    @Description("False when the curators could not confirm this fact against a primary source.")
    public boolean isVerified() {
        return verified;
    }
}
