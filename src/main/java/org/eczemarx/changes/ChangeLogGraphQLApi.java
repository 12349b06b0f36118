package org.eczemarx.changes;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eczemarx.drug.Drug;
import org.eczemarx.drug.DrugService;
import org.eczemarx.source.SourceService;

import io.smallrye.graphql.api.Nullable;
import io.smallrye.mutiny.Uni;

/** What changed in the knowledge base: releases and the per-row change log. */
@GraphQLApi
public class ChangeLogGraphQLApi {

    private final ChangeLogService service;
    private final DrugService drugs;
    private final SourceService sources;

    ChangeLogGraphQLApi(ChangeLogService service, DrugService drugs, SourceService sources) {
        this.service = service;
        this.drugs = drugs;
        this.sources = sources;
    }

    @Query("dataReleases")
    @NonNull
    @Description("Every release of the knowledge base, oldest first; `meta.dataVersion` is the current one.")
    public Uni<List<@NonNull DataRelease>> dataReleases() {
        return service.releases();
    }

    @Query("factChanges")
    @NonNull
    @Description("What changed in this knowledge base, row by row, in the order it changed (recorded from the release after 2026.12.06): curation, not a regulatory history (when a regulator decided is `Approval.year`, with `notes` and the source's date). \"What changed here for upadacitinib since June?\" is `factChanges(drug: \"upadacitinib\", sinceDate: \"2026-06-01\")`; an app holding a version fetches `factChanges(sinceVersion: \"2026.12.06\")` and pages with `after`.")
    public Uni<List<@NonNull FactChange>> factChanges(
            @Name("sinceVersion") @Description("Only changes made after this release (a `DataRelease.version`, or the `meta.dataVersion` a client holds). A release from before the log began (older than 2026.12.06, whose changes were not recorded) is BAD_USER_INPUT, not a partial answer: read the current data instead.") String sinceVersion,
            @Name("sinceDate") @Description("Only changes released on or after this day (`changedOn`).") LocalDate sinceDate,
            @Name("drug") @Description("Only changes to this drug's rows: INN, synonym or brand, as `drug(name)` takes.") String drug,
            @Nullable @Name("kinds") @Description("Only changes to these kinds of rows; all when omitted or empty.") List<@NonNull FactKind> kinds,
            @Name("first") @DefaultValue("100") @Description("How many changes, 1 to 500.") Integer first,
            @Name("after") @Description("Only changes after this `cursor` (the last one of a previous answer).") String after) {
        return service.changes(sinceVersion, sinceDate, drug, kinds, first, after);
    }

    @Description("The drug whose row changed (for a guideline recommendation or efficacy result, the drug of its intervention); null for rows of no single drug (sources, search words, statements about a class or phototherapy).")
    public Uni<List<Drug>> drug(@Source List<FactChange> changes) {
        return drugs.byIds(changes.stream().map(FactChange::drugId).toList());
    }

    @Description("The source the row cites (after the change, or before it when it was removed); null when it cites none.")
    public Uni<List<org.eczemarx.source.Source>> source(@Source List<FactChange> changes) {
        return sources.byIds(changes.stream().map(FactChange::sourceId).toList());
    }
}
