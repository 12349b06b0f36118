package org.eczemarx.approval;

import org.eclipse.microprofile.graphql.Description;

@Description("A regulatory region.")
public enum Region {
    @Description("United States (FDA).")
    US,
    @Description("European Union (EMA centralised, or national authorisations).")
    EU,
    @Description("United Kingdom (MHRA).")
    UK,
    @Description("Canada (Health Canada).")
    CA,
    @Description("Japan (PMDA/MHLW).")
    JP,
    @Description("Australia (TGA).")
    AU
}
