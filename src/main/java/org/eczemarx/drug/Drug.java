package org.eczemarx.drug;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;
import org.eczemarx.graphql.NodeEntity;
import org.eczemarx.graphql.NodeType;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A medicine, by its INN. Relations are served by batched resolvers in {@link DrugGraphQLApi}. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("A medicine that modulates the immune system in eczema, by its generic name.")
public class Drug extends NodeEntity implements Node {

    public String name;
    @Ignore
    public Long drugClassId;
    @Enumerated(EnumType.STRING)
    public Modality modality;
    public String mechanism;
    public LocalDate lastReviewed;

    public Long drugClassId() {
        return drugClassId;
    }

    @Override
    protected NodeType nodeType() {
        return NodeType.DRUG;
    }

    @NonNull
    @Description("Generic name, lower-case as in labels, e.g. \"upadacitinib\": the INN, with the salt or ester where labels name one (\"mometasone furoate\"); \"cyclosporine\" as US labels write it, the INN \"ciclosporin\" being among its `synonyms`.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What kind of medicine it is.")
    public Modality getModality() {
        return modality;
    }

    @NonNull
    @Description("How it works, in plain language.")
    public String getMechanism() {
        return mechanism;
    }

    @NonNull
    @Description("When the curators last read one of this drug's facts against its source: a fact confirmed, repointed to another source, or added from one (the release date of that reading). Editorial changes and corrections that read nothing anew do not move it; `factChanges(drug: ...)` lists every change.")
    public LocalDate getLastReviewed() {
        return lastReviewed;
    }
}
