package org.eczemarx.drug;

import org.eclipse.microprofile.graphql.Description;

@Description("How a drug is given.")
public enum Route {
    @Description("By mouth.")
    ORAL,
    @Description("Applied to the skin.")
    TOPICAL,
    @Description("Injected under the skin.")
    SUBCUTANEOUS,
    @Description("Into a vein.")
    INTRAVENOUS,
    @Description("Into a muscle.")
    INTRAMUSCULAR,
    @Description("Into a skin lesion.")
    INTRALESIONAL
}
