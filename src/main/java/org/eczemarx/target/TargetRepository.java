package org.eczemarx.target;

import java.util.List;
import java.util.Map;

import org.eczemarx.persistence.Hql;
import org.eczemarx.prefetch.Prefetch;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries for targets, their aliases and drug-target links. */
@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, Long> {

    public Uni<List<Target>> listByIds(List<Long> ids) {
        return Hql.list(Target.class, "from Target where pk in :ids", Map.of("ids", ids));
    }

    /** Targets whose symbol or alias matches, symbol matches first, with what {@code prefetch} plans. */
    public Uni<List<Target>> listBySymbolOrAlias(String symbol, Prefetch prefetch) {
        return prefetch.list(Target.class, """
                select {columns} from target t
                where erx_norm(t.symbol) = erx_norm(:symbol)
                   or exists (select 1 from target_alias a where a.target_id = t.id and erx_norm(a.alias) = erx_norm(:symbol))
                order by case when erx_norm(t.symbol) = erx_norm(:symbol) then 0 else 1 end, t.symbol
                """, "t", Map.of("symbol", symbol));
    }

    /** One page of targets by symbol, with what {@code prefetch} plans; the database does the slicing. */
    public Uni<List<Target>> listPage(int offset, int limit, Prefetch prefetch) {
        if (limit == 0) {
            return Uni.createFrom().item(List.of());
        }
        return prefetch.list(Target.class, "select {columns} from target t order by t.symbol, t.id limit :limit offset :offset", "t",
                Map.of("limit", limit, "offset", offset));
    }

    public Uni<List<TargetAlias>> listAliasesByTargetIds(List<Long> targetIds) {
        return Hql.list(TargetAlias.class, "from TargetAlias where targetId in :ids order by alias, id", Map.of("ids", targetIds));
    }

    /** Links of drugs to targets, by target symbol. */
    public Uni<List<DrugTarget>> listLinksByDrugIds(List<Long> drugIds) {
        return Hql.list(DrugTarget.class, """
                select dt from DrugTarget dt join Target t on t.pk = dt.targetId
                where dt.drugId in :ids order by t.symbol, dt.id""", Map.of("ids", drugIds));
    }

    /** Links of targets to drugs, by drug name. */
    public Uni<List<DrugTarget>> listLinksByTargetIds(List<Long> targetIds) {
        return Hql.list(DrugTarget.class, """
                select dt from DrugTarget dt join org.eczemarx.drug.Drug d on d.pk = dt.drugId
                where dt.targetId in :ids order by d.name, dt.id""", Map.of("ids", targetIds));
    }
}
