package org.eczemarx.target;

import java.util.List;
import java.util.Map;

import org.eczemarx.drug.Drug;
import org.eczemarx.error.ApiException;
import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.NodeSource;
import org.eczemarx.graphql.NodeType;
import org.eczemarx.graphql.PageRequest;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.Prefetch;
import org.eczemarx.prefetch.RelationFields;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads targets and drug-target links. */
@ApplicationScoped
public class TargetService implements NodeSource, RelationFields {

    private static final int DEFAULT_PAGE_SIZE = 50;

    private final TargetRepository targets;
    private final Reads reads;
    private final ApiConfig config;

    TargetService(TargetRepository targets, Reads reads, ApiConfig config) {
        this.targets = targets;
        this.reads = reads;
        this.config = config;
    }

    /** The target known by this symbol or alias, with the relations {@code prefetch} plans read in the same statement. */
    public Uni<Target> findBySymbolOrAlias(String symbol, Prefetch prefetch) {
        if (symbol == null || symbol.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return reads.isolated(() -> targets.listBySymbolOrAlias(symbol, prefetch)).map(found -> {
            if (found.size() > 1 && !folded(found.get(0).getSymbol()).equals(folded(symbol))) {
                throw ApiException.badInput("'" + symbol + "' is an alias of " + found.size() + " targets ("
                        + String.join(", ", found.stream().map(Target::getSymbol).toList())
                        + "): ask for one by its symbol; `drugs(filter: {target: \"" + symbol + "\"})` takes all of them");
            }
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** A symbol as {@code erx_norm} compares it: HGNC symbols are ASCII, so case, spaces and hyphens are all it folds. */
    private static String folded(String symbol) {
        return symbol.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /**
     * A page of targets; {@code withTotal} false skips the count (one row more tells whether a next page exists), and
     * {@code prefetch} reads the selected relations of its targets in the same statement.
     */
    public Uni<TargetConnection> page(Integer first, String after, boolean withTotal, Prefetch prefetch) {
        return Uni.createFrom().deferred(() -> {
            PageRequest page = PageRequest.of(first, after, DEFAULT_PAGE_SIZE, config.paging().maxPageSize(), "targets");
            if (!withTotal) {
                return reads.isolated(() -> targets.listPage(page.offset(), page.limit() + 1, prefetch))
                        .map(rows -> new TargetConnection(page, page.firstRows(rows), page.totalAtLeast(rows)));
            }
            return reads.isolated(() -> targets.count()
                .chain(total -> targets.listPage(page.offset(), page.limit(), prefetch)
                            .map(rows -> new TargetConnection(page, rows, total))));
        });
    }

    public Uni<List<Target>> byIds(List<Long> ids) {
        List<Long> keys = Batches.distinct(ids);
        return reads.isolated(() -> targets.listByIds(keys))
                .map(rows -> Batches.matchedBy(ids, rows, Target::pk));
    }

    public Uni<List<List<String>>> aliases(List<Target> parents) {
        return reads.isolated(() -> targets.listAliasesByTargetIds(parents.stream().map(Target::pk).toList()));
    }

    public Uni<List<List<DrugTarget>>> linksOfDrugs(List<Drug> drugs) {
        return reads.isolated(() -> targets.listLinksByDrugIds(drugs.stream().map(Drug::pk).toList()));
    }

    public Uni<List<List<DrugTarget>>> linksOfTargets(List<Target> parents) {
        return reads.isolated(() -> targets.listLinksByTargetIds(parents.stream().map(Target::pk).toList()));
    }

    public Uni<List<Target>> targetsOfLinks(List<DrugTarget> links) {
        return reads.isolated(() -> targets.listTargetsOfLinks(links));
    }

    public Uni<List<Drug>> drugsOfLinks(List<DrugTarget> links) {
        return reads.isolated(() -> targets.listDrugsOfLinks(links));
    }

    @Override
    public Map<String, Relation<?, ?>> relationFields() {
        return Map.of("Target.aliases", TargetRepository.ALIASES, "Drug.targets", TargetRepository.TARGETS_OF_DRUG,
                "Target.drugs", TargetRepository.DRUGS_OF_TARGET, "DrugTarget.target", TargetRepository.TARGET_OF_LINK,
                "DrugTarget.drug", TargetRepository.DRUG_OF_LINK);
    }

    @Override
    public Map<String, String> largestLists() {
        Map<String, String> largest = RelationFields.super.largestLists();
        largest.put("Query.targets", Relation.rowsOf("target"));
        return largest;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.TARGET;
    }

    @Override
    public Uni<List<Target>> nodesByIds(List<Long> keys) {
        return byIds(keys);
    }
}
