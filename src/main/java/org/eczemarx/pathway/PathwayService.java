package org.eczemarx.pathway;

import java.util.List;
import java.util.Map;

import org.eczemarx.drug.Drug;
import org.eczemarx.graphql.Batches;
import org.eczemarx.graphql.ListSizes;
import org.eczemarx.graphql.NodeSource;
import org.eczemarx.graphql.NodeType;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;
import org.eczemarx.persistence.Relation;
import org.eczemarx.target.Target;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads immune pathways and their links to targets and drugs. Each method is one SQL statement. */
@ApplicationScoped
public class PathwayService implements NodeSource, ListSizes {

    /** A pathway's targets joined to the drugs acting on them. */
    private static final String TARGETS_AND_DRUGS = "pathway_target pt join drug_target dt on dt.target_id = pt.target_id";

    private final Reads reads;

    PathwayService(Reads reads) {
        this.reads = reads;
    }

    public Uni<List<ImmunePathway>> all() {
        return reads.isolated(() -> Hql.list(ImmunePathway.class, "from ImmunePathway order by name, pk", Map.of()));
    }

    public Uni<List<ImmunePathway>> byIds(List<Long> ids) {
        List<Long> keys = Batches.distinct(ids);
        return reads.isolated(() -> Hql.list(ImmunePathway.class, "from ImmunePathway where pk in :ids", Map.of("ids", keys)))
                .map(rows -> Batches.matchedBy(ids, rows, ImmunePathway::pk));
    }

    public Uni<List<List<ImmunePathway>>> ofTargets(List<Target> targets) {
        List<Long> ids = targets.stream().map(Target::pk).toList();
        return grouped(ids, """
                select pt.targetId, p from PathwayTarget pt join ImmunePathway p on p.pk = pt.pathwayId
                where pt.targetId in :ids order by p.name, p.pk""");
    }

    /** A drug's pathways: those of the targets it acts on. */
    public Uni<List<List<ImmunePathway>>> ofDrugs(List<Drug> drugs) {
        List<Long> ids = drugs.stream().map(Drug::pk).toList();
        return grouped(ids, """
                select distinct dt.drugId, p from DrugTarget dt
                join PathwayTarget pt on pt.targetId = dt.targetId
                join ImmunePathway p on p.pk = pt.pathwayId
                where dt.drugId in :ids order by p.name, p.pk""");
    }

    public Uni<List<List<Target>>> targetsOf(List<ImmunePathway> pathways) {
        List<Long> ids = pathways.stream().map(ImmunePathway::pk).toList();
        return reads.isolated(() -> Hql.tuples("""
                select pt.pathwayId, t from PathwayTarget pt join Target t on t.pk = pt.targetId
                where pt.pathwayId in :ids order by t.symbol""", Map.of("ids", Batches.distinct(ids))))
                .map(rows -> Batches.groupedTuples(ids, rows, Target.class));
    }

    /** Drugs acting on any target of the pathway, by name. */
    public Uni<List<List<Drug>>> drugsOf(List<ImmunePathway> pathways) {
        List<Long> ids = pathways.stream().map(ImmunePathway::pk).toList();
        return reads.isolated(() -> Hql.tuples("""
                select distinct pt.pathwayId, d from PathwayTarget pt
                join DrugTarget dt on dt.targetId = pt.targetId
                join org.eczemarx.drug.Drug d on d.pk = dt.drugId
                where pt.pathwayId in :ids order by d.name, d.pk""", Map.of("ids", Batches.distinct(ids))))
                .map(rows -> Batches.groupedTuples(ids, rows, Drug.class));
    }

    private Uni<List<List<ImmunePathway>>> grouped(List<Long> ids, String hql) {
        return reads.isolated(() -> Hql.tuples(hql, Map.of("ids", Batches.distinct(ids))))
                .map(rows -> Batches.groupedTuples(ids, rows, ImmunePathway.class));
    }

    @Override
    public NodeType nodeType() {
        return NodeType.PATHWAY;
    }

    @Override
    public Uni<List<ImmunePathway>> nodesByIds(List<Long> keys) {
        return byIds(keys);
    }

    @Override
    public Map<String, String> largestLists() {
        return Map.of("Query.pathways", Relation.rowsOf("pathway"),
                "ImmunePathway.targets", Relation.mostPerKey("pathway_target", "pathway_id"),
                "Target.pathways", Relation.mostPerKey("pathway_target", "target_id"),
                "ImmunePathway.drugs", Relation.mostPerKey(TARGETS_AND_DRUGS, "pt.pathway_id", "distinct dt.drug_id"),
                "Drug.pathways", Relation.mostPerKey(TARGETS_AND_DRUGS, "dt.drug_id", "distinct pt.pathway_id"));
    }
}
