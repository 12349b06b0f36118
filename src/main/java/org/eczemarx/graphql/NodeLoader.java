package org.eczemarx.graphql;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.drug.DrugService;
import org.eczemarx.drugclass.DrugClassService;
import org.eczemarx.monitoring.MonitoringService;
import org.eczemarx.pathway.PathwayService;
import org.eczemarx.source.SourceService;
import org.eczemarx.target.TargetService;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Loads nodes of mixed types by key: one SQL statement per type present. */
@ApplicationScoped
public class NodeLoader {

    private final DrugService drugs;
    private final DrugClassService classes;
    private final TargetService targets;
    private final PathwayService pathways;
    private final MonitoringService monitoring;
    private final SourceService sources;

    NodeLoader(DrugService drugs, DrugClassService classes, TargetService targets, PathwayService pathways,
            MonitoringService monitoring, SourceService sources) {
        this.drugs = drugs;
        this.classes = classes;
        this.targets = targets;
        this.pathways = pathways;
        this.monitoring = monitoring;
        this.sources = sources;
    }

    /** The nodes in the order asked, null where no object has that key. */
    public Uni<List<Node>> load(List<GlobalId.Decoded> wanted) {
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<NodeType, List<Long>> keysByType = new EnumMap<>(NodeType.class);
        wanted.forEach(d -> keysByType.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d.key()));
        List<NodeType> types = new ArrayList<>(keysByType.keySet());
        List<Uni<Map<Long, Node>>> lookups = types.stream().map(type -> byKeys(type, keysByType.get(type))).toList();
        return Uni.join().all(lookups).andFailFast()
                .map(results -> {
                    Map<NodeType, Map<Long, Node>> found = new EnumMap<>(NodeType.class);
                    for (int i = 0; i < types.size(); i++) {
                        found.put(types.get(i), results.get(i));
                    }
                    return wanted.stream().map(d -> found.get(d.type()).get(d.key())).toList();
                });
    }

    private Uni<Map<Long, Node>> byKeys(NodeType type, List<Long> keys) {
        Uni<? extends List<? extends Node>> rows = switch (type) {
            case DRUG -> drugs.byIds(keys);
            case DRUG_CLASS -> classes.byIds(keys);
            case TARGET -> targets.byIds(keys);
            case PATHWAY -> pathways.byIds(keys);
            case LAB_TEST -> monitoring.labTestsByIds(keys);
            case SOURCE -> sources.byIds(keys);
        };
        return rows.map(list -> {
            Map<Long, Node> byKey = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                byKey.put(keys.get(i), list.get(i));
            }
            return byKey;
        });
    }
}
