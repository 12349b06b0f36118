package org.eczemarx.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.NameChecks;
import org.eczemarx.source.FactSql;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries for interventions, guideline recommendations and meta-analysis results; each method is one SQL statement. */
@ApplicationScoped
public class EvidenceRepository {

    private static final String RECOMMENDATION_ORDER = "%s, %s, %s, i.name, r.id".formatted(
            FactSql.ordinal("r.guideline", Guideline.class),
            FactSql.ordinal("r.strength", RecommendationStrength.class),
            FactSql.ordinal("r.direction", RecommendationDirection.class));

    private static final String EFFICACY_ORDER = "%s, %s, %s nulls last, i.name, e.dose nulls first, e.id".formatted(
            FactSql.ordinal("e.outcome", EfficacyOutcome.class),
            FactSql.ordinal("e.time_point", TimePoint.class),
            FactSql.ordinal("e.ranking_group", RankingGroup.class));

    /**
     * The SQL condition "intervention {@code i} is about drug {@code drugAlias}": the drug itself, or, with classes, its
     * class or any parent class (the class tree is walked up from the drug's class).
     */
    public static String interventionIsAbout(String drugAlias, boolean includeClasses) {
        String drug = "i.drug_id = " + drugAlias + ".id";
        if (!includeClasses) {
            return drug;
        }
        return "(" + drug + " or i.drug_class_id in (with recursive up(id) as (select " + drugAlias + ".drug_class_id"
                + " union select k.parent_id from drug_class k join up on k.id = up.id where k.parent_id is not null)"
                + " select id from up))";
    }

    public Uni<List<Intervention>> listInterventions(InterventionKind kind) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        FactSql.equal(where, parameters, "i.kind", "kind", kind);
        return Hql.nativeList(Intervention.class, "select i.* from intervention i where %s order by %s, i.name, i.id"
                .formatted(where, FactSql.ordinal("i.kind", InterventionKind.class)), parameters);
    }

    public Uni<List<Intervention>> listInterventionsByIds(List<Long> ids) {
        return Hql.list(Intervention.class, "from Intervention where pk in :ids", Map.of("ids", ids));
    }

    /** Recommendations matching the filter: by guideline, strongest first, for before against, then by intervention. */
    public Uni<List<GuidelineRecommendation>> listRecommendations(RecommendationFilterInput filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        if (filter != null) {
            FactSql.equal(where, parameters, "r.guideline", "guideline", filter.guideline);
            FactSql.equal(where, parameters, "r.strength", "strength", filter.strength);
            FactSql.equal(where, parameters, "r.direction", "direction", filter.direction);
            FactSql.equal(where, parameters, "r.certainty", "certainty", filter.certainty);
            FactSql.equal(where, parameters, "r.age_group", "ageGroup", filter.ageGroup);
            FactSql.equal(where, parameters, "i.kind", "kind", filter.interventionKind);
            interventionAndDrug(where, parameters, filter.intervention, filter.drug, !Boolean.FALSE.equals(filter.includeClasses));
        }
        return Hql.nativeList(GuidelineRecommendation.class, """
                select r.* from guideline_recommendation r join intervention i on i.id = r.intervention_id
                where %s order by %s""".formatted(where, RECOMMENDATION_ORDER), parameters);
    }

    /** Meta-analysis results matching the filter: by outcome, time point, most effective first, then by intervention. */
    public Uni<List<EfficacyResult>> listEfficacyResults(EfficacyFilterInput filter) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("true");
        if (filter != null) {
            FactSql.equal(where, parameters, "e.outcome", "outcome", filter.outcome);
            FactSql.equal(where, parameters, "e.time_point", "timePoint", filter.timePoint);
            FactSql.equal(where, parameters, "e.ranking_group", "rankingGroup", filter.rankingGroup);
            FactSql.equal(where, parameters, "e.certainty", "certainty", filter.certainty);
            interventionAndDrug(where, parameters, filter.intervention, filter.drug, false);
        }
        return Hql.nativeList(EfficacyResult.class, """
                select e.* from efficacy_result e join intervention i on i.id = e.intervention_id
                where %s order by %s""".formatted(where, EFFICACY_ORDER), parameters);
    }

    /** Pairs (drug ID, recommendation ID) about each drug (and its classes), in recommendation order. */
    public Uni<List<Object[]>> listRecommendationKeysByDrugIds(List<Long> drugIds, Guideline guideline,
            RecommendationStrength strength, RecommendationDirection direction, boolean includeClasses) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder where = new StringBuilder("d.id in (:ids) and " + interventionIsAbout("d", includeClasses));
        FactSql.equal(where, parameters, "r.guideline", "guideline", guideline);
        FactSql.equal(where, parameters, "r.strength", "strength", strength);
        FactSql.equal(where, parameters, "r.direction", "direction", direction);
        return Hql.nativeTuples("""
                select d.id, r.id from drug d, guideline_recommendation r join intervention i on i.id = r.intervention_id
                where %s order by %s""".formatted(where, RECOMMENDATION_ORDER), parameters);
    }

    public Uni<List<GuidelineRecommendation>> listRecommendationsByIds(List<Long> ids) {
        return Hql.list(GuidelineRecommendation.class, "from GuidelineRecommendation where id in :ids", Map.of("ids", ids));
    }

    /** Recommendations about each intervention, in recommendation order. */
    public Uni<List<GuidelineRecommendation>> listRecommendationsByInterventionIds(List<Long> interventionIds) {
        return Hql.nativeList(GuidelineRecommendation.class, """
                select r.* from guideline_recommendation r join intervention i on i.id = r.intervention_id
                where r.intervention_id in (:ids) order by %s""".formatted(RECOMMENDATION_ORDER), Map.of("ids", interventionIds));
    }

    /** Pairs (drug ID, result) about each drug (not its classes), optionally of one outcome and time point, in ID order. */
    public Uni<List<Object[]>> listEfficacyByDrugIds(List<Long> drugIds, EfficacyOutcome outcome, TimePoint timePoint) {
        Map<String, Object> parameters = new HashMap<>(Map.of("ids", drugIds));
        StringBuilder where = new StringBuilder("i.drugId in :ids");
        if (outcome != null) {
            where.append(" and e.outcome = :outcome");
            parameters.put("outcome", outcome);
        }
        if (timePoint != null) {
            where.append(" and e.timePoint = :timePoint");
            parameters.put("timePoint", timePoint);
        }
        return Hql.tuples("""
                select i.drugId, e from EfficacyResult e join Intervention i on i.pk = e.interventionId
                where %s order by e.id""".formatted(where), parameters);
    }

    /** Results about each intervention, in result order. */
    public Uni<List<EfficacyResult>> listEfficacyByInterventionIds(List<Long> interventionIds) {
        return Hql.nativeList(EfficacyResult.class, """
                select e.* from efficacy_result e join intervention i on i.id = e.intervention_id
                where e.intervention_id in (:ids) order by %s""".formatted(EFFICACY_ORDER), Map.of("ids", interventionIds));
    }

    /** The intervention {@code i} a filter names by {@code :intervention}, its code or its name. */
    private static final String INTERVENTION_NAMED = "(erx_norm(i.code) = erx_norm(:intervention) or erx_norm(i.name) = erx_norm(:intervention))";
    /** The drug a filter names by {@code :drug}: INN, synonym or brand. */
    private static final String DRUG_NAMED = "select drug_id from drug_name_lookup where norm = erx_norm(:drug)";

    /**
     * Which of the names a filter gives matches nothing: "intervention", "drug", or null when both match (or are not
     * given). Names are matched as {@link #interventionAndDrug} matches them.
     */
    public Uni<String> unknownName(String intervention, String drug) {
        List<NameChecks.Check> checks = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        if (intervention != null) {
            checks.add(new NameChecks.Check("intervention", intervention, "select 1 from intervention i where " + INTERVENTION_NAMED));
            kinds.add("intervention");
        }
        if (drug != null) {
            checks.add(new NameChecks.Check("drug", drug, DRUG_NAMED));
            kinds.add("drug");
        }
        return NameChecks.unknown(checks).map(unknown -> unknown.isEmpty() ? null : kinds.get(unknown.get(0)));
    }

    private static void interventionAndDrug(StringBuilder where, Map<String, Object> parameters, String intervention,
            String drug, boolean includeClasses) {
        if (intervention != null) {
            where.append(" and ").append(INTERVENTION_NAMED);
            parameters.put("intervention", intervention);
        }
        if (drug != null) {
            where.append(" and exists (select 1 from drug d where d.id in (" + DRUG_NAMED + ") and ")
                    .append(interventionIsAbout("d", includeClasses)).append(")");
            parameters.put("drug", drug);
        }
    }
}
