package org.eczemarx.evidence;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** What guidelines and reviews grade: a drug, a class of drugs, or a treatment that is not a drug. */
@Entity
@Description("What a guideline or review grades: a drug, a class of drugs, or a treatment that is not a drug. "
        + "Phototherapy and other non-drug treatments (bleach baths, wet wraps ...) are interventions without a drug or class.")
public class Intervention {

    @Id
    @Column(name = "id")
    @Ignore
    private Long pk;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private InterventionKind kind;
    @Ignore
    private Long drugId;
    @Ignore
    private Long drugClassId;
    private String description;

    public Long pk() {
        return pk;
    }

    public Long drugId() {
        return drugId;
    }

    public Long drugClassId() {
        return drugClassId;
    }

    @NonNull
    @Description("Stable handle: \"dupilumab\", \"phototherapy\", \"tcs\".")
    public String getCode() {
        return code;
    }

    @NonNull
    @Description("Name as the guideline or review uses it, e.g. \"narrow-band UVB phototherapy\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("A drug, a class of drugs, phototherapy, or another treatment that is not a drug.")
    public InterventionKind getKind() {
        return kind;
    }

    @NonNull
    @Description("What the intervention is.")
    public String getDescription() {
        return description;
    }
}
