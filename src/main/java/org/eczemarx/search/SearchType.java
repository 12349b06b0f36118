package org.eczemarx.search;

import org.eclipse.microprofile.graphql.Description;
import org.eczemarx.graphql.NodeType;

@Description("Kinds of objects search can return.")
public enum SearchType {
    @Description("Drugs, by INN, synonym or brand of any region.")
    DRUG(NodeType.DRUG),
    @Description("Drug classes, by name.")
    DRUG_CLASS(NodeType.DRUG_CLASS),
    @Description("Targets, by HGNC symbol, alias or name.")
    TARGET(NodeType.TARGET),
    @Description("Lab tests and checks, by name or code.")
    LAB_TEST(NodeType.LAB_TEST),
    @Description("Immune pathways, by name or code.")
    PATHWAY(NodeType.PATHWAY);

    final NodeType nodeType;

    SearchType(NodeType nodeType) {
        this.nodeType = nodeType;
    }
}
