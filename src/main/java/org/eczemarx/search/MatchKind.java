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
    CODE,
    @Description("An abbreviation of the search vocabulary: \"LFT\" for liver function tests, \"TCS\" for topical corticosteroids, \"Th2\" for type 2 inflammation.")
    ABBREVIATION,
    @Description("A clinical or everyday word of the search vocabulary: \"platelets\" for the blood count, \"cholesterol\" for the lipid panel, \"steroids\" for corticosteroids, \"itch\" for IL-31 itch signalling.")
    TERM,
    @Description("A concept of the search vocabulary that the object stands for: \"type 2 inflammation\" for the Th2 pathway.")
    CONCEPT,
    @Description("What a lab test measures, as described: \"hCG\" finds the pregnancy test. `matchedText` is the description.")
    DESCRIPTION,
    @Description("A drug found through one of its facts; `matchedText` is the fact: \"approved for atopic dermatitis (EU, US)\" for \"eczema\", \"boxed warning (US): malignancy\" for \"black box\" or \"malignancy\", a pregnancy contraindication for \"pregnancy\".")
    FACT
}
