package org.eczemarx.drug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.persistence.Hql;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries for drugs and the rows that belong to a drug. */
@ApplicationScoped
public class DrugRepository implements PanacheRepositoryBase<Drug, Long> {

    public Uni<List<Drug>> listByIds(List<Long> ids) {
        return list("pk in ?1", ids);
    }

    public Uni<List<Drug>> listByClassIds(List<Long> classIds) {
        return list("drugClassId in ?1", Sort.by("name").and("pk"), classIds);
    }

    /** The drug known by this name (INN, synonym or brand), preferring an INN match. */
    public Uni<List<Drug>> listByAnyName(String name) {
        return Hql.nativeList(Drug.class, """
                select d.* from drug d
                join (select drug_id, min(case kind when 'NAME' then 0 when 'SYNONYM' then 1 else 2 end) as rank
                      from drug_term where erx_norm(term) = erx_norm(:name) group by drug_id) m on m.drug_id = d.id
                order by m.rank, d.name, d.id
                """, Map.of("name", name));
    }

    /**
     * Pairs (name, drug ID) for each name known as an INN, synonym or brand, preferring an INN match. The names travel as
     * one parameter joined by the unit separator: Hibernate expands a list parameter to a row, not an array.
     */
    public Uni<List<Object[]>> listIdsByAnyNames(List<String> names) {
        return Hql.nativeTuples("""
                select n.name, m.drug_id from unnest(string_to_array(:names, chr(31))) as n (name)
                cross join lateral (select drug_id from drug_term where erx_norm(term) = erx_norm(n.name)
                                    order by case kind when 'NAME' then 0 when 'SYNONYM' then 1 else 2 end, drug_id
                                    limit 1) m
                """, Map.of("names", String.join("\u001f", names)));
    }

    public Uni<List<DrugSynonym>> listSynonymsByDrugIds(List<Long> drugIds) {
        return Hql.list(DrugSynonym.class, "from DrugSynonym where drugId in :ids order by name, id", Map.of("ids", drugIds));
    }

    public Uni<List<DrugRoute>> listRoutesByDrugIds(List<Long> drugIds) {
        return Hql.list(DrugRoute.class, "from DrugRoute where drugId in :ids order by route, id", Map.of("ids", drugIds));
    }

    public Uni<List<Brand>> listBrandsByDrugIds(List<Long> drugIds, org.eczemarx.approval.Region region) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        String where = "drugId in :ids";
        if (region != null) {
            where += " and region = :region";
            parameters.put("region", region);
        }
        return Hql.list(Brand.class, "from Brand where " + where + " order by region, name, id", parameters);
    }

    /** One page of the drugs matching a filter, in a deterministic order. */
    public Uni<List<Drug>> listPage(DrugQuery query, DrugOrder order, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return Hql.nativeList(Drug.class,
                "select d.* from drug d where " + query.where() + " order by " + orderBy(order) + " limit :limit offset :offset",
                parameters);
    }

    public Uni<Long> countMatching(DrugQuery query) {
        return Hql.nativeList(Long.class, "select count(*) from drug d where " + query.where(), query.parameters())
                .map(rows -> rows.get(0));
    }

    private static String orderBy(DrugOrder order) {
        return switch (order) {
            case NAME_ASC -> "d.name asc, d.id asc";
            case NAME_DESC -> "d.name desc, d.id desc";
            case LAST_REVIEWED_DESC -> "d.last_reviewed desc, d.name asc, d.id asc";
        };
    }
}
