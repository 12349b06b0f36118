package org.eczemarx.drugclass;

import java.util.List;
import java.util.Map;

import org.eczemarx.drug.Drug;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Relation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries over the drug-class tree. */
@ApplicationScoped
public class DrugClassRepository implements PanacheRepositoryBase<DrugClass, Long> {

    private static final Sort SIBLING_ORDER = Sort.by("ladderRank", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("name").and("pk");

    /** {@code Drug.drugClass}. */
    static final Relation<Drug, DrugClass> CLASS_OF_DRUG = Relation.one(DrugClass.class, "drug_class", "drug_class_id",
            Drug::drugClassId, DrugClass::pk);
    /** {@code DrugClass.parent}. */
    static final Relation<DrugClass, DrugClass> PARENT = Relation.one(DrugClass.class, "drug_class", "parent_id",
            DrugClass::parentId, DrugClass::pk);

    public Uni<List<DrugClass>> listClassesOf(List<Drug> drugs) {
        return CLASS_OF_DRUG.one(drugs);
    }

    public Uni<List<DrugClass>> listParentsOf(List<DrugClass> classes) {
        return PARENT.one(classes);
    }

    public Uni<List<DrugClass>> listRoots() {
        return list("parentId is null", SIBLING_ORDER);
    }

    public Uni<List<DrugClass>> listAll() {
        return listAll(SIBLING_ORDER);
    }

    public Uni<List<DrugClass>> listByIds(List<Long> ids) {
        return Hql.list(DrugClass.class, "from DrugClass where pk in :ids", Map.of("ids", ids));
    }

    public Uni<List<DrugClass>> listChildrenOf(List<Long> parentIds) {
        return list("parentId in ?1", SIBLING_ORDER, parentIds);
    }

    public Uni<List<DrugClass>> listByName(String name) {
        return Hql.nativeList(DrugClass.class,
                "select * from drug_class where erx_norm(name) = erx_norm(:name) order by id", Map.of("name", name));
    }
}
