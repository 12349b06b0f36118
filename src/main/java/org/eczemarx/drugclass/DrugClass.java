package org.eczemarx.drugclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;
import org.eczemarx.graphql.NodeEntity;
import org.eczemarx.graphql.NodeType;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A node of the drug-class tree. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("A class of drugs in a tree: roots by pharmacology (\"JAK inhibitors\"), children by route or potency.")
public class DrugClass extends NodeEntity implements Node {

    public String name;
    public String description;
    @Ignore
    public Long parentId;
    @Column(name = "rank")
    @Ignore
    public Integer ladderRank;

    public Long parentId() {
        return parentId;
    }

    @Override
    protected NodeType nodeType() {
        return NodeType.DRUG_CLASS;
    }

    @NonNull
    @Description("Name of the class, e.g. \"oral JAK inhibitors\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What the class has in common.")
    public String getDescription() {
        return description;
    }

    @Description("Position on a ladder among its siblings, e.g. topical corticosteroid potency (1 = most potent); null where the siblings are not ranked.")
    public Integer getPotencyRank() {
        return ladderRank;
    }
}
