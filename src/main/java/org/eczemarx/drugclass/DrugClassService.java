package org.eczemarx.drugclass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.drug.Drug;
import org.eczemarx.drug.DrugService;
import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.NodeSource;
import org.eczemarx.graphql.NodeType;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;
import org.eczemarx.prefetch.RelationFields;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the class tree. */
@ApplicationScoped
public class DrugClassService implements NodeSource, RelationFields {

    private final DrugClassRepository classes;
    private final DrugService drugs;
    private final Reads reads;

    DrugClassService(DrugClassRepository classes, DrugService drugs, Reads reads) {
        this.classes = classes;
        this.drugs = drugs;
        this.reads = reads;
    }

    public Uni<List<DrugClass>> roots() {
        return reads.isolated(classes::listRoots);
    }

    public Uni<DrugClass> findByName(String name) {
        return reads.isolated(() -> classes.listByName(name))
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<DrugClass>> byIds(List<Long> ids) {
        List<Long> keys = Batches.distinct(ids);
        return reads.isolated(() -> classes.listByIds(keys))
                .map(rows -> Batches.matchedBy(ids, rows, DrugClass::pk));
    }

    public Uni<List<DrugClass>> classesOf(List<Drug> drugList) {
        return reads.isolated(() -> classes.listClassesOf(drugList));
    }

    public Uni<List<DrugClass>> parents(List<DrugClass> children) {
        return reads.isolated(() -> classes.listParentsOf(children));
    }

    public Uni<List<List<DrugClass>>> children(List<DrugClass> parents) {
        List<Long> ids = parents.stream().map(DrugClass::pk).toList();
        return reads.isolated(() -> classes.listChildrenOf(Batches.distinct(ids)))
                .map(rows -> Batches.groupedBy(ids, rows, DrugClass::parentId));
    }

    /** Drugs of each class and of all its subclasses, by name: one query for the tree, one for the drugs. */
    public Uni<List<List<Drug>>> drugsWithin(List<DrugClass> parents) {
        return reads.isolated(classes::listAll)
                .chain(tree -> {
                    Map<Long, List<Long>> subtreeOf = new HashMap<>();
                    for (DrugClass parent : parents) {
                        subtreeOf.computeIfAbsent(parent.pk(), id -> subtree(id, tree));
                    }
                    List<Long> allClassIds = subtreeOf.values().stream().flatMap(List::stream).distinct().toList();
                    return drugs.byClassIds(allClassIds)
                            .map(found -> parents.stream()
                                    .map(parent -> found.stream()
                                            .filter(drug -> subtreeOf.get(parent.pk()).contains(drug.drugClassId()))
                                            .toList())
                                    .toList());
                });
    }

    private static List<Long> subtree(Long rootId, List<DrugClass> tree) {
        List<Long> ids = new ArrayList<>(List.of(rootId));
        for (int i = 0; i < ids.size(); i++) {
            Long current = ids.get(i);
            for (DrugClass candidate : tree) {
                if (current.equals(candidate.parentId())) {
                    ids.add(candidate.pk());
                }
            }
        }
        return ids;
    }

    @Override
    public Map<String, Relation<?, ?>> relationFields() {
        return Map.of("Drug.drugClass", DrugClassRepository.CLASS_OF_DRUG, "DrugClass.parent", DrugClassRepository.PARENT);
    }

    @Override
    public Map<String, String> largestLists() {
        Map<String, String> largest = RelationFields.super.largestLists();
        largest.put("Query.drugClasses", Relation.rowsOf("drug_class where parent_id is null"));
        largest.put("DrugClass.children", Relation.mostPerKey("drug_class", "parent_id"));
        largest.put("DrugClass.drugs", """
                with recursive within(root, id) as (select id, id from drug_class
                    union all select w.root, k.id from drug_class k join within w on k.parent_id = w.id)
                select count(*) from within w join drug d on d.drug_class_id = w.id group by w.root order by 1 desc limit 1""");
        return largest;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.DRUG_CLASS;
    }

    @Override
    public Uni<List<DrugClass>> nodesByIds(List<Long> keys) {
        return byIds(keys);
    }
}
