package org.eczemarx.changes;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A release of the knowledge base. */
@Description("A release of the knowledge base: the version `meta.dataVersion` reports while it is current.")
public record DataRelease(
        @NonNull @Description("The data version, e.g. \"2026.12.06\".") String version,
        @NonNull @Description("When it was released (the date of its last review).") LocalDate releasedOn,
        @NonNull @Description("What it changed, in a sentence or two.") String summary,
        @Description("How many row changes the change log holds for it (0 for the releases up to and including 2026.12.06: the log records changes from the release after it). The list is in the order the releases were made; the early version names do not sort as text.") int changeCount) {
}
