package org.eczemarx.drug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.approval.Region;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.NameChecks;
import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.Prefetch;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries for drugs and the rows that belong to a drug. */
@ApplicationScoped
public class DrugRepository implements PanacheRepositoryBase<Drug, Long> {

    /** {@code Drug.synonyms}: the names, alphabetically. */
    static final Relation<Drug, String> SYNONYMS = Relation.values(String.class, "drug_synonym {c}", "drug_id", "{c}.name",
            Drug::pk, "{c}.name, {c}.id");
    /** {@code Drug.routes}. */
    static final Relation<Drug, Route> ROUTES = Relation.values(Route.class, "drug_route {c}", "drug_id", "{c}.route",
            Drug::pk, "{c}.route, {c}.id");
    /** {@code Drug.brands}: by region, then name. */
    static final Relation<Drug, Brand> BRANDS = Relation.many(Brand.class, "brand {c}", "drug_id", Brand::drugId, Drug::pk,
            "{c}.region, {c}.name, {c}.id");

    public Uni<List<Drug>> listByIds(List<Long> ids) {
        return Hql.list(Drug.class, "from Drug where pk in :ids", Map.of("ids", ids));
    }

    public Uni<List<Drug>> listByClassIds(List<Long> classIds) {
        return Hql.list(Drug.class, "from Drug where drugClassId in :ids order by name, pk", Map.of("ids", classIds));
    }

    /** The drug known by this name (INN, synonym or brand), preferring an INN match, with what {@code prefetch} plans. */
    public Uni<List<Drug>> listByAnyName(String name, Prefetch prefetch) {
        return prefetch.list(Drug.class, """
                select {columns} from drug d
                join (select drug_id, min(rank) as rank from drug_name_lookup where norm = erx_norm(:name) group by drug_id) m
                  on m.drug_id = d.id
                order by m.rank, d.name, d.id
                """, "d", Map.of("name", name));
    }

    /**
     * For each name, in order, the id of the drug known by it (as {@link #listByAnyName}), or null: one statement
     * for a whole regimen.
     */
    public Uni<List<Long>> listIdsByAnyNames(List<String> names) {
        return Hql.nativeTuples("""
                select q.ord, (select k.drug_id from drug_name_lookup k join drug d on d.id = k.drug_id
                               where k.norm = erx_norm(q.name)
                               order by k.rank, d.name, d.id
                               limit 1)
                from unnest(cast(:names as text[])) with ordinality as q(name, ord)
                order by q.ord
                """, Map.of("names", names.toArray(String[]::new)))
                .map(rows -> rows.stream().map(row -> row[1] == null ? null : ((Number) row[1]).longValue()).toList());
    }

    public Uni<List<List<String>>> listSynonymsByDrugIds(List<Long> drugIds) {
        return SYNONYMS.many(drugIds);
    }

    public Uni<List<List<Route>>> listRoutesByDrugIds(List<Long> drugIds) {
        return ROUTES.many(drugIds);
    }

    public Uni<List<List<Brand>>> listBrandsByDrugIds(List<Long> drugIds, Region region) {
        return region == null ? BRANDS.many(drugIds) : BRANDS.many(drugIds, "{c}.region = :region", Map.of("region", region.name()));
    }

    /** One page of the drugs matching a filter, in a deterministic order, with what {@code prefetch} plans. */
    public Uni<List<Drug>> listPage(DrugQuery query, DrugOrder order, int offset, int limit, Prefetch prefetch) {
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return prefetch.list(Drug.class,
                "select {columns} from drug d where " + query.where() + " order by " + orderBy(order) + " limit :limit offset :offset",
                "d", parameters);
    }

    public Uni<Long> countMatching(DrugQuery query) {
        return Hql.nativeList(Long.class, "select count(*) from drug d where " + query.where(), query.parameters())
                .map(rows -> rows.get(0));
    }

    /** The messages of the filter's names that name no row (one statement; none when the filter names nothing). */
    public Uni<List<String>> unknownNames(DrugQuery query) {
        return NameChecks.unknown(query.names().stream()
                        .map(name -> new NameChecks.Check(name.parameter(), query.parameters().get(name.parameter()), name.exists()))
                        .toList())
                .map(unknown -> unknown.stream().map(i -> query.names().get(i).unknown()).toList());
    }

    private static String orderBy(DrugOrder order) {
        return switch (order) {
            case NAME_ASC -> "d.name asc, d.id asc";
            case NAME_DESC -> "d.name desc, d.id desc";
            case LAST_REVIEWED_DESC -> "d.last_reviewed desc, d.name asc, d.id asc";
        };
    }
}
