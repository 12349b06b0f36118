package org.eczemarx.meta;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** What this API and its data are. */
@Description("Versions of the API and of the curated data, and the disclaimer.")
public record Meta(
        @NonNull @Description("Version of the GraphQL API.") String apiVersion,
        @NonNull @Description("Version of the curated knowledge base, e.g. \"2026.11.22\".") String dataVersion,
        @NonNull @Description("When the curators last reviewed the data against its sources.") LocalDate dataReviewedOn,
        @NonNull @Description("The curators' notes of every release, oldest first, separated by \" | \": what each release read, added or corrected (`dataReleases` has one summary per release, `factChanges` each change).") String dataNotes,
        @NonNull @Description("EczemaRx describes; it does not advise.") String disclaimer) {
}
