package org.eczemarx.changes;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One change to one row, as the change log recorded it. */
@Description("One change to one row of the knowledge base, recorded as the data changed: the row before and after, the release it belongs to, the drug and source it concerns.")
public class FactChange {

    private final long sequence;
    private final String release;
    private final LocalDate changedOn;
    private final FactKind kind;
    private final long rowId;
    private final ChangeOperation operation;
    private final Long drugId;
    private final Long sourceId;
    private final List<FactField> before;
    private final List<FactField> after;

    FactChange(long sequence, String release, LocalDate changedOn, FactKind kind, long rowId, ChangeOperation operation,
            Long drugId, Long sourceId, List<FactField> before, List<FactField> after) {
        this.sequence = sequence;
        this.release = release;
        this.changedOn = changedOn;
        this.kind = kind;
        this.rowId = rowId;
        this.operation = operation;
        this.drugId = drugId;
        this.sourceId = sourceId;
        this.before = before;
        this.after = after;
    }

    @NonNull
    @Description("The change's place in the log; pass it as `after` to fetch the changes that follow.")
    public String getCursor() {
        return Long.toString(sequence);
    }

    @Description("The data version (`DataRelease.version`) this change was released in; null while it is not released. Curation migrations change data and cut its release in one transaction, so clients see no unreleased change; one committed without a release (plain SQL without `update data_version`) is read at once by uncached queries, while cached answers and ETags, keyed by the data version, move only at the next release.")
    public String getRelease() {
        return release;
    }

    @NonNull
    @Description("The day the change was released: its release's `releasedOn` (the same on every server); for a change not yet released, the day it was made.")
    public LocalDate getChangedOn() {
        return changedOn;
    }

    @NonNull
    @Description("The kind of row changed.")
    public FactKind getKind() {
        return kind;
    }

    @NonNull
    @Description("The row's key in its table (stable across releases; global IDs exist only for drugs, classes, targets, pathways, lab tests and sources).")
    public String getRowKey() {
        return Long.toString(rowId);
    }

    @NonNull
    @Description("Added, changed or removed.")
    public ChangeOperation getOperation() {
        return operation;
    }

    @NonNull
    @Description("The row before the change; empty when it was added.")
    public List<@NonNull FactField> getBefore() {
        return before;
    }

    @NonNull
    @Description("The row after the change; empty when it was removed.")
    public List<@NonNull FactField> getAfter() {
        return after;
    }

    Long drugId() {
        return drugId;
    }

    Long sourceId() {
        return sourceId;
    }
}
