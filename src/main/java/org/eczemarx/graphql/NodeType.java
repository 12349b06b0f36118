package org.eczemarx.graphql;

/** The types that implement {@code Node}; the tag is part of the global ID and must never change. */
public enum NodeType {
    DRUG(1, "Drug"),
    DRUG_CLASS(2, "DrugClass"),
    TARGET(3, "Target"),
    PATHWAY(4, "ImmunePathway"),
    LAB_TEST(5, "LabTest"),
    SOURCE(6, "Source");

    final int tag;
    final String graphqlName;

    NodeType(int tag, String graphqlName) {
        this.tag = tag;
        this.graphqlName = graphqlName;
    }

    public String graphqlName() {
        return graphqlName;
    }

    static NodeType ofTag(int tag) {
        for (NodeType type : values()) {
            if (type.tag == tag) {
                return type;
            }
        }
        return null;
    }
}
