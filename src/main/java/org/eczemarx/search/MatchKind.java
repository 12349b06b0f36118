package org.eczemarx.search;

import org.eclipse.microprofile.graphql.Description;

@Description("Which name of the hit the query matched.")
public enum MatchKind {
    @Description("The main name: INN, class name, target name, test name, pathway name.")
    NAME,
    @Description("Another INN/USAN spelling or research code of a drug.")
    SYNONYM,
    @Description("A brand name, of any region.")
    BRAND,
    @Description("A target's HGNC symbol.")
    SYMBOL,
    @Description("A target's alias.")
    ALIAS,
    @Description("A stable code (lab test or pathway).")
    CODE
}
