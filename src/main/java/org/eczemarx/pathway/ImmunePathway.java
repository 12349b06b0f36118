package org.eczemarx.pathway;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;
import org.eczemarx.graphql.NodeEntity;
import org.eczemarx.graphql.NodeType;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An immune signalling pathway and its role in atopic dermatitis. */
@Entity
@Table(name = "pathway")
@Description("An immune signalling pathway (Th2 / IL-4 and IL-13, IL-31 itch, JAK-STAT ...) and what it does in atopic dermatitis.")
public class ImmunePathway extends NodeEntity implements Node {

    private String code;
    private String name;
    private String description;
    @Ignore
    private Long sourceId;

    public Long sourceId() {
        return sourceId;
    }

    @Override
    protected NodeType nodeType() {
        return NodeType.PATHWAY;
    }

    @NonNull
    @Description("Stable code, e.g. \"TH2_IL4_IL13\", \"JAK_STAT\".")
    public String getCode() {
        return code;
    }

    @NonNull
    @Description("Name of the pathway.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What the pathway does in atopic dermatitis.")
    public String getDescription() {
        return description;
    }
}
