package org.eczemarx.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eczemarx.drug.Drug;
import org.eczemarx.drug.DrugService;
import org.eczemarx.error.ApiException;
import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.GlobalId;
import org.eczemarx.graphql.NodeSource;
import org.eczemarx.graphql.NodeType;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.RelationFields;
import org.eczemarx.source.FactSql;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads lab tests and monitoring requirements, and merges them into plans. */
@ApplicationScoped
public class MonitoringService implements NodeSource, RelationFields {

    /** A regimen is a handful of drugs; more is a mistake or an abuse. */
    static final int MAX_PLAN_DRUGS = 20;

    /** {@code Drug.monitoring}: baseline, follow-up, as indicated; curated order within. */
    static final Relation<Drug, MonitoringRequirement> OF_DRUG = Relation.many(MonitoringRequirement.class,
            "monitoring_requirement {c}", "drug_id", MonitoringRequirement::drugId, Drug::pk,
            FactSql.ordinal("{c}.phase", MonitoringPhase.class) + ", {c}.id");
    /** {@code MonitoringRequirement.test}. */
    static final Relation<MonitoringRequirement, LabTest> TEST = Relation.one(LabTest.class, "lab_test", "lab_test_id",
            MonitoringRequirement::labTestId, LabTest::pk);
    /** {@code MonitoringRequirement.drug}. */
    static final Relation<MonitoringRequirement, Drug> DRUG = Relation.one(Drug.class, "drug", "drug_id",
            MonitoringRequirement::drugId, Drug::pk);
    private static final String REQUIREMENTS_PER_TEST = Relation.mostPerKey("monitoring_requirement", "lab_test_id");
    private static final String DRUGS_PER_TEST = Relation.mostPerKey("monitoring_requirement", "lab_test_id", "distinct drug_id");

    private final DrugService drugs;
    private final Reads reads;

    MonitoringService(DrugService drugs, Reads reads) {
        this.drugs = drugs;
        this.reads = reads;
    }

    public Uni<List<LabTest>> labTests() {
        return reads.isolated(() -> Hql.list(LabTest.class, "from LabTest order by name, pk", Map.of()));
    }

    public Uni<List<LabTest>> labTestsByIds(List<Long> ids) {
        List<Long> keys = Batches.distinct(ids);
        return reads.isolated(() -> Hql.list(LabTest.class, "from LabTest where pk in :ids", Map.of("ids", keys)))
                .map(rows -> Batches.matchedBy(ids, rows, LabTest::pk));
    }

    /** Requirements of each drug, optionally of one phase: baseline, follow-up, as indicated; curated order within. */
    public Uni<List<List<MonitoringRequirement>>> ofDrugs(List<Long> drugIds, MonitoringPhase phase) {
        return reads.isolated(() -> phase == null ? OF_DRUG.many(drugIds)
                : OF_DRUG.many(drugIds, "{c}.phase = :phase", Map.of("phase", phase.name())));
    }

    public Uni<List<LabTest>> testsOf(List<MonitoringRequirement> requirements) {
        return reads.isolated(() -> TEST.one(requirements));
    }

    public Uni<List<Drug>> drugsOf(List<MonitoringRequirement> requirements) {
        return reads.isolated(() -> DRUG.one(requirements));
    }

    @Override
    public Map<String, Relation<?, ?>> relationFields() {
        return Map.of("Drug.monitoring", OF_DRUG, "MonitoringRequirement.test", TEST, "MonitoringRequirement.drug", DRUG);
    }

    @Override
    public Map<String, String> largestLists() {
        Map<String, String> largest = RelationFields.super.largestLists();
        largest.put("Query.labTests", Relation.rowsOf("lab_test"));
        largest.put("LabTest.requirements", REQUIREMENTS_PER_TEST);
        largest.put("LabTest.drugs", DRUGS_PER_TEST);
        largest.put("MonitoringPlan.drugs", Relation.rowsOf("drug"));
        largest.put("MonitoringPlan.drugsWithoutMonitoring", Relation.rowsOf("drug"));
        largest.put("MonitoringPlan.baseline", Relation.rowsOf("lab_test"));
        largest.put("MonitoringPlan.followUp", Relation.rowsOf("lab_test"));
        largest.put("MonitoringPlan.asIndicated", Relation.rowsOf("lab_test"));
        largest.put("PlannedCheck.requirements", REQUIREMENTS_PER_TEST);
        largest.put("PlannedCheck.drugs", DRUGS_PER_TEST);
        return largest;
    }

    /** Requirements that use each test, by drug name. */
    public Uni<List<List<MonitoringRequirement>>> ofLabTests(List<LabTest> tests) {
        List<Long> ids = tests.stream().map(LabTest::pk).toList();
        return reads.isolated(() -> Hql.list(MonitoringRequirement.class, """
                select m from MonitoringRequirement m join org.eczemarx.drug.Drug d on d.pk = m.drugId
                where m.labTestId in :ids order by d.name, m.phase, m.id""", Map.of("ids", Batches.distinct(ids))))
                .map(rows -> Batches.groupedBy(ids, rows, MonitoringRequirement::labTestId));
    }

    /** Drugs that require each test, by name. */
    public Uni<List<List<Drug>>> drugsRequiring(List<LabTest> tests) {
        List<Long> ids = tests.stream().map(LabTest::pk).toList();
        return reads.isolated(() -> Hql.tuples("""
                select distinct m.labTestId, d from MonitoringRequirement m join org.eczemarx.drug.Drug d on d.pk = m.drugId
                where m.labTestId in :ids order by d.name, d.pk""", Map.of("ids", Batches.distinct(ids))))
                .map(rows -> Batches.groupedTuples(ids, rows, Drug.class));
    }

    /** The plan of a regimen named by exactly one of drug IDs or drug names. */
    public Uni<MonitoringPlan> plan(List<String> drugIds, List<String> drugNames) {
        return Uni.createFrom().deferred(() -> {
            if ((drugIds == null) == (drugNames == null)) {
                throw ApiException.badInput("Name the regimen's drugs with exactly one of `drugIds` or `drugNames`");
            }
            return drugIds != null ? planOfIds(drugIds) : planOfNames(drugNames);
        });
    }

    private Uni<MonitoringPlan> planOfIds(List<String> drugIds) {
        Set<Long> keys = new LinkedHashSet<>();
        for (String id : drugIds) {
            keys.add(GlobalId.decode(id, NodeType.DRUG));
        }
        checkSize(keys.size(), "drugIds");
        return planOf(new ArrayList<>(keys),
                ids -> "No drug with ID " + String.join(", ", ids.stream().map(id -> GlobalId.encode(NodeType.DRUG, id)).toList()));
    }

    private Uni<MonitoringPlan> planOfNames(List<String> drugNames) {
        checkSize(new LinkedHashSet<>(drugNames).size(), "drugNames");
        return drugs.idsByNames(drugNames).chain(found -> {
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < drugNames.size(); i++) {
                if (found.get(i) == null) {
                    unknown.add("'" + drugNames.get(i) + "'");
                }
            }
            if (!unknown.isEmpty()) {
                throw ApiException.notFound("No drug is known by the name " + String.join(", ", unknown)
                        + ": use an INN, synonym or brand name (search finds near matches)");
            }
            return planOf(new ArrayList<>(new LinkedHashSet<>(found)), ids -> "No drug with ID " + ids);
        });
    }

    private static void checkSize(int drugs, String argument) {
        if (drugs == 0) {
            throw ApiException.badInput("`" + argument + "` must name at least one drug");
        }
        if (drugs > MAX_PLAN_DRUGS) {
            throw ApiException.badInput("`" + argument + "` may name at most " + MAX_PLAN_DRUGS + " drugs, got " + drugs);
        }
    }

    private Uni<MonitoringPlan> planOf(List<Long> ids, java.util.function.Function<List<Long>, String> unknownMessage) {
        return drugs.byIds(ids)
                .chain(regimen -> {
                    List<Long> unknown = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        if (regimen.get(i) == null) {
                            unknown.add(ids.get(i));
                        }
                    }
                    if (!unknown.isEmpty()) {
                        throw ApiException.notFound(unknownMessage.apply(unknown));
                    }
                    return reads.isolated(() -> Hql.tuples("""
                            select m, t from MonitoringRequirement m join LabTest t on t.pk = m.labTestId
                            where m.drugId in :ids order by t.name, m.id""", Map.of("ids", ids)))
                            .map(rows -> merge(regimen, rows));
                });
    }

    private static MonitoringPlan merge(List<Drug> regimen, List<Object[]> rows) {
        Map<Long, Drug> drugById = new HashMap<>();
        regimen.forEach(drug -> drugById.put(drug.pk(), drug));
        Map<MonitoringPhase, Map<Long, List<Object[]>>> byPhaseAndTest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            MonitoringRequirement requirement = (MonitoringRequirement) row[0];
            byPhaseAndTest.computeIfAbsent(requirement.getPhase(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(requirement.labTestId(), t -> new ArrayList<>())
                    .add(row);
        }
        Comparator<Drug> byName = Comparator.comparing(Drug::getName);
        Map<MonitoringPhase, List<PlannedCheck>> checks = new HashMap<>();
        for (MonitoringPhase phase : MonitoringPhase.values()) {
            List<PlannedCheck> phaseChecks = new ArrayList<>();
            byPhaseAndTest.getOrDefault(phase, Map.of()).values().forEach(group -> {
                LabTest test = (LabTest) group.get(0)[1];
                List<MonitoringRequirement> requirements = group.stream()
                        .map(row -> (MonitoringRequirement) row[0])
                        .sorted(Comparator.comparing(r -> drugById.get(r.drugId()).getName()))
                        .toList();
                List<Drug> requiring = requirements.stream().map(r -> drugById.get(r.drugId())).distinct().sorted(byName).toList();
                phaseChecks.add(new PlannedCheck(test, phase, requiring, requirements));
            });
            checks.put(phase, phaseChecks);
        }
        Set<Long> monitored = new LinkedHashSet<>();
        rows.forEach(row -> monitored.add(((MonitoringRequirement) row[0]).drugId()));
        List<Drug> sorted = regimen.stream().sorted(byName).toList();
        return new MonitoringPlan(sorted, checks.get(MonitoringPhase.BASELINE), checks.get(MonitoringPhase.FOLLOW_UP),
                checks.get(MonitoringPhase.AS_INDICATED),
                sorted.stream().filter(drug -> !monitored.contains(drug.pk())).toList());
    }

    @Override
    public NodeType nodeType() {
        return NodeType.LAB_TEST;
    }

    @Override
    public Uni<List<LabTest>> nodesByIds(List<Long> keys) {
        return labTestsByIds(keys);
    }
}
