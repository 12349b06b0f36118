package org.eczemarx.approval;

import org.eclipse.microprofile.graphql.Description;

@Description("A regulatory region. Approvals are curated for every drug in the US and the EU; elsewhere only in part, so there an empty answer is not a 'not approved' (a NOT_APPROVED row is).")
public enum Region {
    @Description("United States (FDA).")
    US,
    @Description("European Union (EMA centralised, or national authorisations).")
    EU,
    @Description("United Kingdom (MHRA). Partly curated: a drug without a UK row may still be licensed there.")
    UK,
    @Description("Canada (Health Canada). Not curated yet: no approval rows.")
    CA,
    @Description("Japan (PMDA/MHLW). Partly curated: a drug without a JP row may still be approved there.")
    JP,
    @Description("Australia (TGA). Not curated yet: no approval rows.")
    AU
}
