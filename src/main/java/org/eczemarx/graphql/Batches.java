package org.eczemarx.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Puts the rows of one batched query back in the order of the parents that asked for them. */
public final class Batches {

    private Batches() {
    }

    /** For each parent key, the children whose key matches, in query order. */
    public static <K, C> List<List<C>> groupedBy(List<K> parentKeys, List<C> children, Function<C, K> childKey) {
        Map<K, List<C>> byKey = new HashMap<>();
        for (C child : children) {
            byKey.computeIfAbsent(childKey.apply(child), k -> new ArrayList<>()).add(child);
        }
        List<List<C>> result = new ArrayList<>(parentKeys.size());
        for (K key : parentKeys) {
            result.add(byKey.getOrDefault(key, List.of()));
        }
        return result;
    }

    /**
     * For each parent key, the second items of the {@code (parentKey, child)} tuples whose first item matches: the
     * shape of {@code select link.parentId, child from ...} queries.
     */
    public static <C> List<List<C>> groupedTuples(List<Long> parentKeys, List<Object[]> tuples, Class<C> childType) {
        return groupedBy(parentKeys, tuples, tuple -> (Long) tuple[0]).stream()
                .map(group -> group.stream().map(tuple -> childType.cast(tuple[1])).toList())
                .toList();
    }

    /** For each key, the row with that key, or null. */
    public static <K, C> List<C> matchedBy(List<K> keys, List<C> rows, Function<C, K> rowKey) {
        Map<K, C> byKey = new HashMap<>();
        for (C row : rows) {
            byKey.put(rowKey.apply(row), row);
        }
        List<C> result = new ArrayList<>(keys.size());
        for (K key : keys) {
            result.add(byKey.get(key));
        }
        return result;
    }

    /** The distinct keys, in first-seen order (parents repeat when the same object appears twice in a result). */
    public static <K> List<K> distinct(List<K> keys) {
        return new ArrayList<>(new LinkedHashSet<>(keys));
    }
}
