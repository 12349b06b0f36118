package org.eczemarx.safety;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;
import org.eczemarx.persistence.EnumList;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A boxed warning of one region's label. */
@Entity
@Table(name = "boxed_warning")
@Description("A boxed ('black box') warning of one region's label. EU product information has no boxed warnings.")
public class BoxedWarning {

    @Id
    @Ignore
    private Long id;
    @Column(name = "drug_id")
    @Ignore
    private Long drugId;
    @Enumerated(EnumType.STRING)
    private Region region;
    @Column(name = "topics")
    @Ignore
    private String topicList;
    private String text;
    @Column(name = "source_id")
    @Ignore
    private Long sourceId;
    private boolean verified;

    public Long drugId() {
        return drugId;
    }

    public Long sourceId() {
        return sourceId;
    }

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

    @NonNull
    @Description("False when the curators could not confirm this fact against a primary source.")
    public boolean isVerified() {
        return verified;
    }
}
