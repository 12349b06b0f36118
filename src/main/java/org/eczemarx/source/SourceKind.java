package org.eczemarx.source;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of document a source is.")
public enum SourceKind {
    @Description("Regulatory product information: FDA label, EMA SmPC/EPAR, national SmPC.")
    LABEL,
    @Description("A clinical practice guideline (AAD, EuroGuiDerm ...).")
    GUIDELINE,
    @Description("A systematic review or meta-analysis (e.g. Cochrane).")
    SYSTEMATIC_REVIEW,
    @Description("A peer-reviewed article.")
    ARTICLE,
    @Description("A reference registry or database (e.g. HGNC).")
    REGISTRY
}
