package org.eczemarx.safety;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.source.DrugFact;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A risk-management programme or regulatory restriction of use. */
@Entity
@Description("A risk-management programme or regulatory restriction of use in one region: a US REMS, a pregnancy prevention "
        + "programme, the EU restrictions for JAK inhibitors, educational materials, a patient card.")
public class RiskProgram extends DrugFact {

    @Enumerated(EnumType.STRING)
    private Region region;
    @Enumerated(EnumType.STRING)
    private RiskProgramKind kind;
    private String name;
    private String description;

    @NonNull
    @Description("The region where it applies.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("What kind of programme or restriction it is.")
    public RiskProgramKind getKind() {
        return kind;
    }

    @NonNull
    @Description("Its name: \"Mycophenolate REMS\", \"EU measures for JAK inhibitors (2023)\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What it requires or restricts.")
    public String getDescription() {
        return description;
    }
}
