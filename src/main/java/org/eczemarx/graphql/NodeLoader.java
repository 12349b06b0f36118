package org.eczemarx.graphql;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Loads nodes of mixed types by key: one SQL statement per type present, through each type's {@link NodeSource}. */
@ApplicationScoped
public class NodeLoader {

    private final Map<NodeType, NodeSource> sources = new EnumMap<>(NodeType.class);

    NodeLoader(@All List<NodeSource> registered) {
        for (NodeSource source : registered) {
            if (sources.put(source.nodeType(), source) != null) {
                throw new IllegalStateException("Two node sources for " + source.nodeType());
            }
        }
        for (NodeType type : NodeType.values()) {
            if (!sources.containsKey(type)) {
                throw new IllegalStateException("No node source for " + type + ": its concept's service implements NodeSource");
            }
        }
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
        return sources.get(type).nodesByIds(keys).map(list -> {
            Map<Long, Node> byKey = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                byKey.put(keys.get(i), list.get(i));
            }
            return byKey;
        });
    }
}
