package org.eczemarx.target;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;
import org.eczemarx.graphql.NodeEntity;
import org.eczemarx.graphql.NodeType;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A molecular target, by HGNC symbol. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("A molecule drugs act on (a cytokine, receptor, kinase ...), by its HGNC gene symbol.")
public class Target extends NodeEntity implements Node {

    public String symbol;
    public String name;
    public String uniprotId;
    @Enumerated(EnumType.STRING)
    public TargetKind kind;
    public String description;

    @Override
    protected NodeType nodeType() {
        return NodeType.TARGET;
    }

    @NonNull
    @Description("HGNC gene symbol, e.g. \"IL4R\".")
    public String getSymbol() {
        return symbol;
    }

    @NonNull
    @Description("HGNC approved name, e.g. \"interleukin 4 receptor\".")
    public String getName() {
        return name;
    }

    @Description("UniProtKB accession of the human protein, e.g. \"P24394\".")
    public String getUniprotId() {
        return uniprotId;
    }

    @NonNull
    @Description("What kind of molecule it is.")
    public TargetKind getKind() {
        return kind;
    }

    @NonNull
    @Description("Its role in atopic dermatitis, in plain language.")
    public String getDescription() {
        return description;
    }
}
