package org.eczemarx.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.graphql.Node;
import org.eczemarx.graphql.NodeEntity;
import org.eczemarx.graphql.NodeType;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A document that facts are taken from. */
@Entity
@jakarta.persistence.Table(name = "source")
@Description("A document facts are taken from: a label, guideline, systematic review or article, with its date.")
public class Source extends NodeEntity implements Node {

    @Column(name = "key")
    @Ignore
    private String sourceKey;
    private String title;
    private String publisher;
    @Enumerated(EnumType.STRING)
    private SourceKind kind;
    private String url;
    @Ignore
    private LocalDate publishedOn;
    private LocalDate accessedOn;

    @Override
    protected NodeType nodeType() {
        return NodeType.SOURCE;
    }

    @NonNull
    @Description("Title of the document.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("Who issued it: FDA, EMA, a society, a journal.")
    public String getPublisher() {
        return publisher;
    }

    @NonNull
    @Description("Label, guideline, systematic review, article or registry.")
    public SourceKind getKind() {
        return kind;
    }

    @NonNull
    @Description("Where to read it.")
    public String getUrl() {
        return url;
    }

    @NonNull
    @Description("Revision date of a label, or publication date of a guideline, review or article; for a copy or web page that shows no date, the day it was read (then the same as `accessedOn`).")
    public LocalDate getDate() {
        return publishedOn;
    }

    @NonNull
    @Description("When the curators last checked this source.")
    public LocalDate getAccessedOn() {
        return accessedOn;
    }
}
