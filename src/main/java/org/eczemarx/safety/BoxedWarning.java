package org.eczemarx.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.persistence.EnumList;
import org.eczemarx.source.DrugFact;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A boxed warning of one region's label. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("A boxed ('black box') warning of one region's label. EU product information has no boxed warnings.")
public class BoxedWarning extends DrugFact {

    @Enumerated(EnumType.STRING)
    public Region region;
    @Column(name = "topics")
    @Ignore
    public String topicList;
    public String text;

    @NonNull
    @Description("The region whose label carries the warning.")
    public Region getRegion() {
        return region;
    }

    @NonNull
    @Description("What the warning is about.")
    public List<@NonNull BoxedWarningTopic> getTopics() {
        return EnumList.parse(BoxedWarningTopic.class, topicList);
    }

    @NonNull
    @Description("A faithful summary of the boxed text.")
    public String getText() {
        return text;
    }
}
