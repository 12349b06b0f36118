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

/** A limit of use: duration, amount, body surface, occlusion, sites. */
@Entity
@Description("A limit of use as labelled (or as a guideline sets it where labels are silent): longest duration, largest amount or "
        + "body surface area, occlusion, sites to avoid, how courses are given. Mostly for topicals and short-term systemics.")
public class UseLimit extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private UseLimitKind kind;
    @Column(name = "value")
    @Ignore
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private UseLimitUnit unit;
    private String description;

    @NonNull
    @Description("The region whose label (or guideline) sets the limit.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("What the limit restricts.")
    public UseLimitKind getKind() {
        return kind;
    }

    @Description("The limit as a number in `unit`: 2 (weeks), 50 (g per week), 20 (% body surface); null when not numeric.")
    public Double getValue() {
        return amount == null ? null : amount.doubleValue();
    }

    @Description("Unit of `value`; null when the limit is not numeric.")
    public UseLimitUnit getUnit() {
        return unit;
    }

    @NonNull
    @Description("The limit in words: \"Do not use more than 50 g per week.\"")
    public String getDescription() {
        return description;
    }
}
