package org.eczemarx.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eczemarx.drug.DrugService;
import org.eczemarx.drugclass.DrugClass;
import org.eczemarx.drugclass.DrugClassService;
import org.eczemarx.error.ApiException;
import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.ListSizes;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Interventions, guideline recommendations and meta-analysis results; every batch is one or two SQL statements. */
@ApplicationScoped
public class EvidenceService implements ListSizes {

    /** Outcome, time point, most effective first (unranked last), pooled doses first, then curated order. */
    private static final Comparator<EfficacyResult> RESULT_ORDER = Comparator
            .comparing(EfficacyResult::getOutcome)
            .thenComparing(EfficacyResult::getTimePoint)
            .thenComparing(EfficacyResult::getRankingGroup, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EfficacyResult::getDose, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(EfficacyResult::pk);

    private final EvidenceRepository repository;
    private final DrugClassService classes;
    private final Reads reads;

    EvidenceService(EvidenceRepository repository, DrugClassService classes, Reads reads) {
        this.repository = repository;
        this.classes = classes;
        this.reads = reads;
    }

    public Uni<List<Intervention>> interventions(InterventionKind kind) {
        return reads.isolated(() -> repository.listInterventions(kind));
    }

    public Uni<List<Intervention>> interventionsByIds(List<Long> ids) {
        return reads.isolated(() -> repository.listInterventionsByIds(Batches.distinct(ids)))
                .map(rows -> Batches.matchedBy(ids, rows, Intervention::pk));
    }

    /** Fails with NOT_FOUND when the filter names an intervention or drug that does not exist: a typo is not "none". */
    private Uni<Void> namesExist(String intervention, String drug) {
        return repository.unknownName(intervention, drug).map(unknown -> {
            if ("intervention".equals(unknown)) {
                throw ApiException.notFound("No intervention '" + intervention + "': use a `code` or `name` from `interventions`");
            }
            if ("drug".equals(unknown)) {
                throw DrugService.noDrugNamed(drug);
            }
            return null;
        });
    }

    public Uni<List<GuidelineRecommendation>> recommendations(RecommendationFilterInput filter) {
        return reads.isolated(() -> namesExist(filter == null ? null : filter.intervention, filter == null ? null : filter.drug)
                .chain(ignored -> repository.listRecommendations(filter)));
    }

    public Uni<List<EfficacyResult>> efficacyResults(EfficacyFilterInput filter) {
        return reads.isolated(() -> namesExist(filter == null ? null : filter.intervention, filter == null ? null : filter.drug)
                .chain(ignored -> repository.listEfficacyResults(filter)));
    }

    /** Recommendations about each drug and, with classes, about its classes: two statements for the batch. */
    public Uni<List<List<GuidelineRecommendation>>> recommendationsOfDrugs(List<Long> drugIds, Guideline guideline,
            RecommendationStrength strength, RecommendationDirection direction, boolean includeClasses) {
        return reads.isolated(() -> repository
                .listRecommendationKeysByDrugIds(Batches.distinct(drugIds), guideline, strength, direction, includeClasses)
                .chain(keys -> keys.isEmpty() ? Uni.createFrom().item(List.<List<GuidelineRecommendation>> of())
                        : repository.listRecommendationsByIds(Batches.distinct(keys.stream().map(key -> id(key[1])).toList()))
                                .map(rows -> groupByDrug(drugIds, keys, rows))))
                .map(groups -> groups.isEmpty() ? drugIds.stream().map(id -> List.<GuidelineRecommendation> of()).toList() : groups);
    }

    /** Meta-analysis results about each drug (not its classes). */
    public Uni<List<List<EfficacyResult>>> efficacyOfDrugs(List<Long> drugIds, EfficacyOutcome outcome, TimePoint timePoint) {
        return reads.isolated(() -> repository.listEfficacyByDrugIds(Batches.distinct(drugIds), outcome, timePoint))
                .map(rows -> rows.stream().sorted(Comparator.comparing(row -> (EfficacyResult) row[1], RESULT_ORDER)).toList())
                .map(rows -> Batches.groupedTuples(drugIds, rows, EfficacyResult.class));
    }

    public Uni<List<List<GuidelineRecommendation>>> recommendationsOfInterventions(List<Intervention> interventions) {
        List<Long> ids = interventions.stream().map(Intervention::pk).toList();
        return reads.isolated(() -> repository.listRecommendationsByInterventionIds(Batches.distinct(ids)))
                .map(rows -> Batches.groupedBy(ids, rows, GuidelineRecommendation::interventionId));
    }

    public Uni<List<List<EfficacyResult>>> efficacyOfInterventions(List<Intervention> interventions) {
        List<Long> ids = interventions.stream().map(Intervention::pk).toList();
        return reads.isolated(() -> repository.listEfficacyByInterventionIds(Batches.distinct(ids)))
                .map(rows -> Batches.groupedBy(ids, rows, EfficacyResult::interventionId));
    }

    /** The class of each intervention that is about a class, null for the others. */
    public Uni<List<DrugClass>> drugClassesOf(List<Intervention> interventions) {
        List<Long> ids = interventions.stream().map(Intervention::drugClassId).toList();
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Uni.createFrom().item(ids.stream().map(id -> (DrugClass) null).toList());
        }
        return classes.byIds(known).map(rows -> Batches.matchedBy(ids, rows, DrugClass::pk));
    }

    private static List<List<GuidelineRecommendation>> groupByDrug(List<Long> drugIds, List<Object[]> keys,
            List<GuidelineRecommendation> rows) {
        Map<Long, GuidelineRecommendation> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.pk(), row));
        List<Object[]> pairs = new ArrayList<>(keys.size());
        for (Object[] key : keys) {
            pairs.add(new Object[] { id(key[0]), byId.get(id(key[1])) });
        }
        return Batches.groupedTuples(drugIds, pairs, GuidelineRecommendation.class);
    }

    private static Long id(Object column) {
        return ((Number) column).longValue();
    }

    @Override
    public Map<String, String> largestLists() {
        return Map.of("Query.interventions", Relation.rowsOf("intervention"),
                "Query.recommendations", Relation.rowsOf("guideline_recommendation"),
                "Query.efficacyResults", Relation.rowsOf("efficacy_result"),
                "Intervention.recommendations", Relation.mostPerKey("guideline_recommendation", "intervention_id"),
                "Intervention.efficacyResults", Relation.mostPerKey("efficacy_result", "intervention_id"),
                "Drug.efficacy", Relation.mostPerKey("efficacy_result e join intervention i on i.id = e.intervention_id",
                        "i.drug_id"),
                // with classes, the default: the most a drug's recommendations can be
                "Drug.recommendations", Relation.mostPerKey("drug d, guideline_recommendation r"
                        + " join intervention i on i.id = r.intervention_id where " + EvidenceRepository.interventionIsAbout("d", true),
                        "d.id"));
    }
}
