package org.eczemarx.safety;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.approval.Region;
import org.eczemarx.persistence.Hql;
import org.eczemarx.source.FactSql;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Queries for safety in use: contraindications, reproductive safety, vaccination, interactions and risk programmes.
 * Each method is one SQL statement; rows come by region, then strictest first, then in curated order.
 */
@ApplicationScoped
public class SafetyRepository {

    public Uni<List<Contraindication>> listContraindicationsByDrugIds(List<Long> drugIds, Region region,
            ContraindicationPopulation population, ContraindicationSeverity atLeast) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder where = new StringBuilder("c.drug_id in (:ids)");
        FactSql.equal(where, parameters, "c.region", "region", region);
        FactSql.equal(where, parameters, "c.population", "population", population);
        if (atLeast != null) {
            where.append(" and c.severity in (:severities)");
            parameters.put("severities", ContraindicationSeverity.atLeast(atLeast));
        }
        return Hql.nativeList(Contraindication.class, """
                select c.* from contraindication c where %s
                order by c.region, %s, %s, c.id""".formatted(where,
                FactSql.ordinal("c.severity", ContraindicationSeverity.class),
                FactSql.ordinal("c.population", ContraindicationPopulation.class)), parameters);
    }

    public Uni<List<ReproductiveSafety>> listReproductiveSafetyByDrugIds(List<Long> drugIds, Region region, ReproductiveTopic topic) {
        return FactSql.ofDrugs(ReproductiveSafety.class, "reproductive_safety", drugIds, region, "topic", ReproductiveTopic.class, topic);
    }

    public Uni<List<VaccinationAdvice>> listVaccinationAdviceByDrugIds(List<Long> drugIds, Region region) {
        return FactSql.ofDrugs(VaccinationAdvice.class, "vaccination_advice", drugIds, region, "kind", VaccinationAdviceKind.class, null);
    }

    public Uni<List<DrugInteraction>> listInteractionsByDrugIds(List<Long> drugIds, Region region, InteractionManagement management) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder where = new StringBuilder("i.drug_id in (:ids)");
        FactSql.equal(where, parameters, "i.region", "region", region);
        FactSql.equal(where, parameters, "i.management", "management", management);
        return Hql.nativeList(DrugInteraction.class, """
                select i.* from drug_interaction i join drug d on d.id = i.drug_id where %s
                order by d.name, i.region, %s, i.interacting, i.id""".formatted(where,
                FactSql.ordinal("i.management", InteractionManagement.class)), parameters);
    }

    /**
     * Pairs (interaction ID, regimen drug ID) where an interaction row of one regimen drug concerns another drug of the
     * regimen: the row links that drug, or its text names the drug (INN or a synonym of five characters or more, so
     * that "ciclosporin" counts and "CsA" does not) or one of its classes with their ancestors, singular or plural
     * ("other JAK inhibitors", "biologic immunomodulators").
     */
    public Uni<List<Object[]>> listInteractionLinksWithin(List<Long> drugIds, Region region) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder where = new StringBuilder("i.drug_id in (:ids)");
        FactSql.equal(where, parameters, "i.region", "region", region);
        return Hql.nativeTuples("""
                with recursive chain(drug_id, class_id) as (
                    select d.id, d.drug_class_id from drug d where d.id in (:ids)
                    union select c.drug_id, k.parent_id from chain c join drug_class k on k.id = c.class_id where k.parent_id is not null)
                select i.id, o.id from drug_interaction i join drug o on o.id in (:ids) and o.id <> i.drug_id
                where %s and (i.interacting_drug_id = o.id
                    or exists (select 1 from drug_term t where t.drug_id = o.id and t.kind in ('NAME', 'SYNONYM')
                               and length(erx_norm(t.term)) >= 5 and erx_norm(i.interacting) like '%%' || erx_norm(t.term) || '%%')
                    or exists (select 1 from chain c join drug_class k on k.id = c.class_id
                               where c.drug_id = o.id and erx_norm(i.interacting) like '%%' || rtrim(erx_norm(k.name), 's') || '%%'))
                order by i.id, o.name""".formatted(where), parameters);
    }

    public Uni<List<RiskProgram>> listRiskProgramsByDrugIds(List<Long> drugIds, Region region) {
        return FactSql.ofDrugs(RiskProgram.class, "risk_program", drugIds, region, "kind", RiskProgramKind.class, null);
    }
}
