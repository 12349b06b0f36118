package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The cost estimate counts each list field without {@code first} as its longest list in the database
 * ({@link ListBounds}): every such field of the served schema declares how to read that length, and the length read
 * is the longest list a client gets.
 */
@QuarkusTest
class ListBoundsTest {

    /** A root query of every object of a type, and where its objects are in the answer. */
    private static final Map<String, String[]> EVERY = Map.of(
            "Drug", new String[] {"drugs(first: 100) { totalCount nodes { %s } }", "data.drugs.nodes"},
            "Target", new String[] {"targets(first: 100) { totalCount nodes { %s } }", "data.targets.nodes"},
            "LabTest", new String[] {"labTests { %s }", "data.labTests"},
            "DrugClass", new String[] {"drugClasses { %1$s children { %1$s children { %1$s children { %1$s } } } }", "data.drugClasses"},
            "ImmunePathway", new String[] {"pathways { %s }", "data.pathways"},
            "Intervention", new String[] {"interventions { %s }", "data.interventions"});

    @Inject
    ListBounds bounds;

    @Test
    void everyListOfObjectsWithoutFirstHasItsLengthDeclared() {
        List<String> undeclared = new ArrayList<>();
        unpagedLists().forEach((field, ofObjects) -> {
            if (ofObjects && !bounds.fields().contains(field)) {
                undeclared.add(field);
            }
        });
        assertThat(undeclared).as("list fields whose concept's ListSizes does not declare them").isEmpty();
    }

    @Test
    void theLengthReadIsTheLongestListAClientGets() {
        Map<String, Long> largest = bounds.largest();
        assertThat(largest).as("read at start").isNotEmpty();
        Map<String, Long> seen = new TreeMap<>();
        Map<String, Boolean> lists = unpagedLists();
        EVERY.forEach((type, every) -> {
            StringBuilder selection = new StringBuilder("__typename");
            lists.forEach((field, ofObjects) -> {
                if (field.startsWith(type + ".")) {
                    selection.append(' ').append(field.substring(type.length() + 1)).append(ofObjects ? " { __typename }" : "");
                }
            });
            List<Map<String, Object>> objects = new ArrayList<>();
            withChildren(GraphQL.data("{ " + every[0].formatted(selection) + " }").getList(every[1]), objects);
            assertThat(objects).as("every " + type + " on one page").hasSizeLessThan(100);
            lists.keySet().stream().filter(field -> field.startsWith(type + ".")).forEach(field -> seen.put(field,
                    objects.stream().mapToLong(o -> ((List<?>) o.get(field.substring(type.length() + 1))).size()).max().orElse(0)));
        });
        lists.forEach((field, ofObjects) -> {
            if (field.startsWith("Query.") && !field.equals("Query.nodes")) {
                seen.put(field, (long) GraphQL.data("{ " + field.substring(6) + (ofObjects ? " { __typename } }" : " }"))
                        .getList("data." + field.substring(6)).size());
            }
        });
        assertThat(seen).hasSizeGreaterThan(35);
        seen.forEach((field, longest) -> assertThat(largest.get(field)).as(field).isEqualTo(longest));
    }

    @Test
    void theLengthsFollowTheData() throws InterruptedException {
        String held = GraphQL.data("{ meta { dataVersion } }").getString("data.meta.dataVersion");
        try {
            // A new data version cuts a release (db/V23): one more in `dataReleases`.
            TestDatabase.execute("update data_version set version = 'test.bounds." + System.nanoTime() + "' where id = 1");
            long releases = GraphQL.data("{ dataReleases { version } }").getList("data.dataReleases").size();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (bounds.largest().get("Query.dataReleases") != releases && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(bounds.largest().get("Query.dataReleases")).isEqualTo(releases);
        } finally {
            TestDatabase.execute("update data_version set version = '" + held + "' where id = 1");
        }
    }

    /** The objects and, for classes, the classes below them. */
    private static void withChildren(List<Map<String, Object>> objects, List<Map<String, Object>> all) {
        for (Map<String, Object> object : objects) {
            all.add(object);
            if (object.get("children") instanceof List<?> children && !children.isEmpty() && ((Map<?, ?>) children.get(0)).size() > 1) {
                withChildren((List<Map<String, Object>>) children, all);
            }
        }
    }

    /** Every list field of the served schema without {@code first} (but connections' and {@code nodes(ids)}), true for lists of objects. */
    private static Map<String, Boolean> unpagedLists() {
        List<Map<String, Object>> types = GraphQL.data("""
                { __schema { types { name kind fields { name args { name }
                  type { kind ofType { kind ofType { kind ofType { kind } } } } } } } }""").getList("data.__schema.types");
        Map<String, Boolean> lists = new TreeMap<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (!"OBJECT".equals(type.get("kind")) || name.startsWith("__") || name.endsWith("Connection")) {
                continue;
            }
            for (Map<String, Object> field : (List<Map<String, Object>>) type.get("fields")) {
                Map<String, Object> list = (Map<String, Object>) field.get("type");
                if ("NON_NULL".equals(list.get("kind"))) {
                    list = (Map<String, Object>) list.get("ofType");
                }
                List<Map<String, Object>> args = (List<Map<String, Object>>) field.get("args");
                boolean paged = args.stream().anyMatch(a -> a.get("name").equals("first") || a.get("name").equals("ids"));
                if (!"LIST".equals(list.get("kind")) || paged) {
                    continue;
                }
                Map<String, Object> item = (Map<String, Object>) list.get("ofType");
                if ("NON_NULL".equals(item.get("kind"))) {
                    item = (Map<String, Object>) item.get("ofType");
                }
                lists.put(name + "." + field.get("name"), "OBJECT".equals(item.get("kind")) || "INTERFACE".equals(item.get("kind")));
            }
        }
        return lists;
    }
}
