package org.eczemarx.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eczemarx.approval.Region;
import org.eczemarx.drug.Drug;
import org.eczemarx.drug.DrugService;
import org.eczemarx.error.ApiException;
import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.GlobalId;
import org.eczemarx.graphql.NodeType;
import org.eczemarx.persistence.Reads;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Safety in use for batches of drugs, and the interactions of regimens. */
@ApplicationScoped
public class SafetyInUseService {

    /** A regimen is a handful of drugs, as for monitoring plans. */
    static final int MAX_REGIMEN_DRUGS = 20;

    private final SafetyRepository repository;
    private final DrugService drugs;
    private final Reads reads;

    SafetyInUseService(SafetyRepository repository, DrugService drugs, Reads reads) {
        this.repository = repository;
        this.drugs = drugs;
        this.reads = reads;
    }

    public Uni<List<List<Contraindication>>> contraindications(List<Long> drugIds, Region region,
            ContraindicationPopulation population, ContraindicationSeverity atLeast) {
        return reads.isolated(() -> repository.listContraindicationsByDrugIds(Batches.distinct(drugIds), region, population, atLeast))
                .map(rows -> Batches.groupedBy(drugIds, rows, Contraindication::drugId));
    }

    public Uni<List<List<ReproductiveSafety>>> reproductiveSafety(List<Long> drugIds, Region region, ReproductiveTopic topic) {
        return reads.isolated(() -> repository.listReproductiveSafetyByDrugIds(Batches.distinct(drugIds), region, topic))
                .map(rows -> Batches.groupedBy(drugIds, rows, ReproductiveSafety::drugId));
    }

    public Uni<List<List<VaccinationAdvice>>> vaccination(List<Long> drugIds, Region region) {
        return reads.isolated(() -> repository.listVaccinationAdviceByDrugIds(Batches.distinct(drugIds), region))
                .map(rows -> Batches.groupedBy(drugIds, rows, VaccinationAdvice::drugId));
    }

    public Uni<List<List<DrugInteraction>>> interactions(List<Long> drugIds, Region region, InteractionManagement management) {
        return reads.isolated(() -> repository.listInteractionsByDrugIds(Batches.distinct(drugIds), region, management))
                .map(rows -> Batches.groupedBy(drugIds, rows, DrugInteraction::drugId));
    }

    public Uni<List<List<RiskProgram>>> riskPrograms(List<Long> drugIds, Region region) {
        return reads.isolated(() -> repository.listRiskProgramsByDrugIds(Batches.distinct(drugIds), region))
                .map(rows -> Batches.groupedBy(drugIds, rows, RiskProgram::drugId));
    }

    /** The regimen named by IDs and names (both may be given; duplicates merged), by drug name. */
    public Uni<List<Drug>> regimen(List<String> drugIds, List<String> drugNames) {
        return Uni.createFrom().deferred(() -> regimenOf(drugIds == null ? List.of() : drugIds,
                drugNames == null ? List.of() : drugNames));
    }

    private Uni<List<Drug>> regimenOf(List<String> drugIds, List<String> drugNames) {
        if (drugIds.isEmpty() && drugNames.isEmpty()) {
            throw ApiException.badInput("Name the regimen with `drugIds` or `drugNames` (at least one drug)");
        }
        if (drugIds.size() + drugNames.size() > MAX_REGIMEN_DRUGS) {
            throw ApiException.badInput("A regimen may name at most " + MAX_REGIMEN_DRUGS + " drugs, got "
                    + (drugIds.size() + drugNames.size()));
        }
        Set<Long> keys = new LinkedHashSet<>();
        for (String id : drugIds) {
            keys.add(GlobalId.decode(id, NodeType.DRUG));
        }
        List<Long> ids = new ArrayList<>(keys);
        return drugs.byIds(ids)
                .chain(byId -> drugs.findByNames(drugNames).map(byName -> {
                    List<String> unknown = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        if (byId.get(i) == null) {
                            unknown.add("ID " + GlobalId.encode(NodeType.DRUG, ids.get(i)));
                        }
                    }
                    for (int i = 0; i < drugNames.size(); i++) {
                        if (byName.get(i) == null) {
                            unknown.add("name '" + drugNames.get(i) + "'");
                        }
                    }
                    if (!unknown.isEmpty()) {
                        throw ApiException.notFound("No drug with " + String.join(", ", unknown));
                    }
                    Map<Long, Drug> regimen = new HashMap<>();
                    byId.forEach(drug -> regimen.put(drug.pk(), drug));
                    byName.forEach(drug -> regimen.put(drug.pk(), drug));
                    return regimen.values().stream().sorted(Comparator.comparing(Drug::getName)).toList();
                }));
    }

    /** The interactions of each regimen, for a batch of regimens: two SQL statements for the whole batch. */
    public Uni<List<RegimenInteractions>> interactionsOf(List<List<Drug>> regimens, Region region) {
        List<Long> ids = Batches.distinct(regimens.stream().flatMap(List::stream).map(Drug::pk).toList());
        return reads.isolated(() -> repository.listInteractionLinksWithin(ids, region)
                .chain(links -> repository.listInteractionsByDrugIds(ids, region, null)
                        .map(rows -> regimens.stream().map(regimen -> assemble(regimen, rows, links)).toList())));
    }

    private static RegimenInteractions assemble(List<Drug> regimen, List<DrugInteraction> rows, List<Object[]> links) {
        Map<Long, Drug> members = new LinkedHashMap<>();
        regimen.forEach(drug -> members.put(drug.pk(), drug));
        Map<Long, List<Drug>> withByInteraction = new HashMap<>();
        Map<Long, Long> drugOfInteraction = new HashMap<>();
        rows.forEach(row -> drugOfInteraction.put(row.pk(), row.drugId()));
        for (Object[] link : links) {
            Long interaction = ((Number) link[0]).longValue();
            Drug other = members.get(((Number) link[1]).longValue());
            if (other != null && members.containsKey(drugOfInteraction.get(interaction))) {
                withByInteraction.computeIfAbsent(interaction, k -> new ArrayList<>()).add(other);
            }
        }
        List<RegimenInteraction> between = new ArrayList<>();
        List<DrugInteraction> others = new ArrayList<>();
        for (DrugInteraction row : rows) {
            if (!members.containsKey(row.drugId())) {
                continue;
            }
            List<Drug> with = withByInteraction.get(row.pk());
            if (with == null) {
                others.add(row);
            } else {
                between.add(new RegimenInteraction(row, with.stream().sorted(Comparator.comparing(Drug::getName)).toList()));
            }
        }
        // by drug name, region (as every list of labelled rows), then strictest first (the enum's order); ties keep the curated order
        Comparator<DrugInteraction> order = Comparator.comparing((DrugInteraction row) -> members.get(row.drugId()).getName())
                .thenComparing(row -> row.getRegion().name())
                .thenComparing(DrugInteraction::getManagement);
        others.sort(order);
        between.sort(Comparator.comparing(RegimenInteraction::getInteraction, order));
        return new RegimenInteractions(regimen, between, others);
    }
}
