package org.eczemarx.target;

import java.util.List;
import java.util.Map;

import org.eczemarx.drug.Drug;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.Prefetch;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries for targets, their aliases and drug-target links. */
@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, Long> {

    /** {@code Target.aliases}, alphabetically. */
    static final Relation<Target, String> ALIASES = Relation.values(String.class, "target_alias {c}", "target_id", "{c}.alias",
            Target::pk, "{c}.alias, {c}.id");
    /** {@code Drug.targets}: the drug's links, by target symbol. */
    static final Relation<Drug, DrugTarget> TARGETS_OF_DRUG = Relation.many(DrugTarget.class,
            "drug_target {c} join target {c}t on {c}t.id = {c}.target_id", "drug_id", DrugTarget::drugId, Drug::pk,
            "{c}t.symbol, {c}.id").joining("target", "t");
    /** {@code Target.drugs}: the target's links, by drug name. */
    static final Relation<Target, DrugTarget> DRUGS_OF_TARGET = Relation.many(DrugTarget.class,
            "drug_target {c} join drug {c}d on {c}d.id = {c}.drug_id", "target_id", DrugTarget::targetId, Target::pk,
            "{c}d.name, {c}.id").joining("drug", "d");
    /** {@code DrugTarget.target}. */
    static final Relation<DrugTarget, Target> TARGET_OF_LINK = Relation.one(Target.class, "target", "target_id",
            DrugTarget::targetId, Target::pk);
    /** {@code DrugTarget.drug}. */
    static final Relation<DrugTarget, Drug> DRUG_OF_LINK = Relation.one(Drug.class, "drug", "drug_id", DrugTarget::drugId,
            Drug::pk);

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

    public Uni<List<List<String>>> listAliasesByTargetIds(List<Long> targetIds) {
        return ALIASES.many(targetIds);
    }

    public Uni<List<List<DrugTarget>>> listLinksByDrugIds(List<Long> drugIds) {
        return TARGETS_OF_DRUG.many(drugIds);
    }

    public Uni<List<List<DrugTarget>>> listLinksByTargetIds(List<Long> targetIds) {
        return DRUGS_OF_TARGET.many(targetIds);
    }

    public Uni<List<Target>> listTargetsOfLinks(List<DrugTarget> links) {
        return TARGET_OF_LINK.one(links);
    }

    public Uni<List<Drug>> listDrugsOfLinks(List<DrugTarget> links) {
        return DRUG_OF_LINK.one(links);
    }
}
