package org.eczemarx.graphql;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eczemarx.drug.DrugService;
import org.eczemarx.drugclass.DrugClassService;
import org.eczemarx.monitoring.MonitoringService;
import org.eczemarx.pathway.PathwayService;
import org.eczemarx.source.SourceService;
import org.eczemarx.target.TargetService;

import io.smallrye.mutiny.Uni;

/** Relay object identification: any node by its global ID. */
@GraphQLApi
public class NodeGraphQLApi {

    /** Enough for any client page; a larger list is a mistake or an abuse. */
    static final int MAX_NODES = 100;

    private final DrugService drugs;
    private final DrugClassService classes;
    private final TargetService targets;
    private final PathwayService pathways;
    private final MonitoringService monitoring;
    private final SourceService sources;

    NodeGraphQLApi(DrugService drugs, DrugClassService classes, TargetService targets, PathwayService pathways,
            MonitoringService monitoring, SourceService sources) {
        this.drugs = drugs;
        this.classes = classes;
        this.targets = targets;
        this.pathways = pathways;
        this.monitoring = monitoring;
        this.sources = sources;
    }

    @Query("node")
    @Description("Any object by its global ID; null when no such object exists. A malformed ID is BAD_USER_INPUT.")
    public Uni<Node> node(@NonNull @Id @Name("id") @Description("A global ID returned by this API.") String id) {
        return nodes(List.of(id)).map(found -> found.get(0));
    }

    @Query("nodes")
    @NonNull
    @Description("Objects by global ID, in the order of `ids`, with null for IDs that name no object (at most 100).")
    public Uni<List<Node>> nodes(@NonNull @Name("ids") @Description("Global IDs returned by this API (typed String: SmallRye cannot yet declare a list of ID arguments; values are the same strings).") List<@NonNull String> ids) {
        return Uni.createFrom().deferred(() -> load(ids));
    }

    private Uni<List<Node>> load(List<String> ids) {
        if (ids.size() > MAX_NODES) {
            throw ApiException.badInput("`ids` may hold at most " + MAX_NODES + " IDs, got " + ids.size());
        }
        List<GlobalId.Decoded> decoded = ids.stream().map(GlobalId::decode).toList();
        Map<NodeType, List<Long>> keysByType = new EnumMap<>(NodeType.class);
        decoded.forEach(d -> keysByType.computeIfAbsent(d.type(), t -> new ArrayList<>()).add(d.key()));
        Map<NodeType, Uni<Map<Long, Node>>> lookups = new LinkedHashMap<>();
        keysByType.forEach((type, keys) -> lookups.put(type, byKeys(type, keys)));
        return Uni.join().all(new ArrayList<>(lookups.values())).andFailFast()
                .map(results -> {
                    Map<NodeType, Map<Long, Node>> found = new EnumMap<>(NodeType.class);
                    List<NodeType> types = new ArrayList<>(lookups.keySet());
                    for (int i = 0; i < types.size(); i++) {
                        found.put(types.get(i), results.get(i));
                    }
                    return decoded.stream().map(d -> found.get(d.type()).get(d.key())).toList();
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
