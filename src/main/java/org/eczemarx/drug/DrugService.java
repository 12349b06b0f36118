package org.eczemarx.drug;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eczemarx.approval.Region;
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

/** Reads drugs and their own rows (names, brands, routes); every batch is one SQL statement. */
@ApplicationScoped
public class DrugService implements NodeSource, RelationFields {

    private static final int DEFAULT_PAGE_SIZE = 20;

    private final DrugRepository drugs;
    private final Reads reads;
    private final ApiConfig config;

    DrugService(DrugRepository drugs, Reads reads, ApiConfig config) {
        this.drugs = drugs;
        this.reads = reads;
        this.config = config;
    }

    /** The drug known by this name, with the relations {@code prefetch} plans read in the same statement. */
    public Uni<Drug> findByName(String name, Prefetch prefetch) {
        if (name == null || name.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return reads.isolated(() -> drugs.listByAnyName(name, prefetch))
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** NOT_FOUND for a drug name that matches no INN, synonym or brand. */
    public static ApiException noDrugNamed(String name) {
        return ApiException.notFound("No drug named '" + name + "': use an INN, synonym or brand as `drug(name)` takes");
    }

    /** For each name (INN, synonym or brand, as {@link #findByName}), the drug's key, or null when unknown. */
    public Uni<List<Long>> idsByNames(List<String> names) {
        return reads.isolated(() -> drugs.listIdsByAnyNames(names));
    }

    /** Drugs by name (INN, synonym or brand), in the order of the names, null for unknown names. */
    public Uni<List<Drug>> findByNames(List<String> names) {
        if (names.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return idsByNames(names).chain(this::byIds);
    }

    /**
     * A page of drugs; {@code withTotal} false skips the count (one row more tells whether a next page exists), and
     * {@code prefetch} reads the selected relations of its drugs in the same statement.
     */
    public Uni<DrugConnection> page(DrugFilterInput filter, DrugOrder order, Integer first, String after, boolean withTotal,
            Prefetch prefetch) {
        return Uni.createFrom().deferred(() -> pageOf(filter, order, first, after, withTotal, prefetch));
    }

    private Uni<DrugConnection> pageOf(DrugFilterInput filter, DrugOrder order, Integer first, String after, boolean withTotal,
            Prefetch prefetch) {
        DrugQuery query = DrugQuery.of(filter);
        DrugOrder effectiveOrder = order == null ? DrugOrder.NAME_ASC : order;
        PageRequest page = PageRequest.of(first, after, DEFAULT_PAGE_SIZE, config.paging().maxPageSize(),
                "drugs|" + effectiveOrder + "|" + query.where() + "|" + new java.util.TreeMap<>(query.parameters()));
        Uni<DrugConnection> connection = withTotal
                ? reads.isolated(() -> drugs.countMatching(query)
                        .chain(total -> drugs.listPage(query, effectiveOrder, page.offset(), page.limit(), prefetch)
                                .map(rows -> new DrugConnection(page, rows, total))))
                : reads.isolated(() -> drugs.listPage(query, effectiveOrder, page.offset(), page.limit() + 1, prefetch))
                        .map(rows -> new DrugConnection(page, page.firstRows(rows), page.totalAtLeast(rows)));
        return connection.chain(found -> found.getNodes().isEmpty() && !query.names().isEmpty()
                ? reads.isolated(() -> drugs.unknownNames(query)).map(unknown -> {
                    if (!unknown.isEmpty()) {
                        throw ApiException.notFound(String.join("; ", unknown));
                    }
                    return found;
                })
                : Uni.createFrom().item(found));
    }

    /** Drugs by key, in key order, null for unknown (or null) keys. */
    public Uni<List<Drug>> byIds(List<Long> ids) {
        List<Long> distinct = Batches.distinct(ids).stream().filter(Objects::nonNull).toList();
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(ids.stream().map(id -> (Drug) null).toList());
        }
        return reads.isolated(() -> drugs.listByIds(distinct))
                .map(rows -> Batches.matchedBy(ids, rows, Drug::pk));
    }

    public Uni<List<Drug>> byClassIds(List<Long> classIds) {
        return reads.isolated(() -> drugs.listByClassIds(classIds));
    }

    public Uni<List<List<String>>> synonyms(List<Drug> parents) {
        return reads.isolated(() -> drugs.listSynonymsByDrugIds(ids(parents)));
    }

    public Uni<List<List<Route>>> routes(List<Drug> parents) {
        return reads.isolated(() -> drugs.listRoutesByDrugIds(ids(parents)));
    }

    public Uni<List<List<Brand>>> brands(List<Long> drugIds, Region region) {
        return reads.isolated(() -> drugs.listBrandsByDrugIds(drugIds, region));
    }

    @Override
    public Map<String, Relation<?, ?>> relationFields() {
        return Map.of("Drug.synonyms", DrugRepository.SYNONYMS, "Drug.routes", DrugRepository.ROUTES,
                "Drug.brands", DrugRepository.BRANDS);
    }

    @Override
    public Map<String, String> largestLists() {
        Map<String, String> largest = RelationFields.super.largestLists();
        largest.put("Query.drugs", Relation.rowsOf("drug"));
        return largest;
    }

    private static List<Long> ids(List<Drug> parents) {
        return parents.stream().map(Drug::pk).toList();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.DRUG;
    }

    @Override
    public Uni<List<Drug>> nodesByIds(List<Long> keys) {
        return byIds(keys);
    }
}
