package org.eczemarx.prefetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A prefetched answer is the answer the relation resolvers give: every drug and every target of the knowledge base,
 * with every scalar field of every type a prefetch reads, through the roots that prefetch ({@code drugs}, {@code drug},
 * {@code targets}, {@code target}) and through {@code nodes(ids)}, which does not (each relation is read by its
 * batched resolver). And a prefetched answer costs one SQL statement.
 */
@QuarkusTest
class PrefetchTest {

    /** Every scalar and enum field without arguments of each type, from the schema itself. */
    private static final Map<String, String> scalars = new java.util.HashMap<>();

    @BeforeEach
    void readTheSchema() {
        if (!scalars.isEmpty()) {
            return;
        }
        for (String type : List.of("Drug", "DrugClass", "Brand", "DrugTarget", "Target", "MonitoringRequirement", "LabTest",
                "AdverseEffect", "BoxedWarning", "Approval", "Condition")) {
            JsonPath schema = GraphQL.data("""
                    query($name: String!) { __type(name: $name) { fields { name args { name }
                      type { kind ofType { kind ofType { kind ofType { kind } } } } } } }""", Map.of("name", type));
            List<Map<String, Object>> fields = schema.getList("data.__type.fields");
            assertThat(fields).as("fields of %s", type).isNotEmpty();
            scalars.put(type, fields.stream()
                    .filter(field -> ((List<?>) field.get("args")).isEmpty() && isLeaf(field.get("type")))
                    .map(field -> (String) field.get("name"))
                    .collect(Collectors.joining(" ")));
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean isLeaf(Object type) {
        Map<String, Object> level = (Map<String, Object>) type;
        while (level.get("ofType") != null && ("NON_NULL".equals(level.get("kind")) || "LIST".equals(level.get("kind")))) {
            level = (Map<String, Object>) level.get("ofType");
        }
        return "SCALAR".equals(level.get("kind")) || "ENUM".equals(level.get("kind"));
    }

    /** The same objects with the same fields through {@code nodes(ids)}, which reads each relation by its resolver. */
    private static List<Map<String, Object>> throughNodes(String type, String fields, List<Map<String, Object>> prefetched) {
        List<Object> ids = prefetched.stream().map(node -> node.get("id")).toList();
        return GraphQL.data("query($ids: [ID!]!) { nodes(ids: $ids) { ... on " + type + " { " + fields + " } } }",
                Map.of("ids", ids)).getList("data.nodes");
    }

    /** A drug with every relation a prefetch reads, relations with arguments and fields it leaves to resolvers. */
    private static String drug(boolean deep) {
        return """
                %s
                drugClass { %s parent { %s parent { name } } }
                brands { %s source { title } }
                usBrands: brands(region: US) { name region }
                targets { %s target { %s %s } }
                monitoring { %s test { %s } drug { name } }
                baseline: monitoring(phase: BASELINE) { phase test { code } }
                adverseEffects { %s }
                boxedWarnings { %s }
                approvals { %s condition { %s } }
                euApprovals: approvals(region: EU) { status condition { code } }
                """.formatted(scalars.get("Drug"), scalars.get("DrugClass"), scalars.get("DrugClass"), scalars.get("Brand"),
                scalars.get("DrugTarget"), scalars.get("Target"), deep ? "drugs { action drug { name targets { target { symbol } } } }" : "",
                scalars.get("MonitoringRequirement"), scalars.get("LabTest"), scalars.get("AdverseEffect"),
                scalars.get("BoxedWarning"), scalars.get("Approval"), scalars.get("Condition"));
    }

    /** A target with its drugs, each drug with everything, and links nested past the prefetch's depth. */
    private static String target() {
        return "%s drugs { %s target { symbol } drug { %s targets { target { symbol drugs { action drug { name } } } } } }"
                .formatted(scalars.get("Target"), scalars.get("DrugTarget"), drug(false));
    }

    @Test
    void everyDrugIsPrefetchedAsItsResolversReadIt() {
        String fields = drug(true);
        int[] statements = new int[1];
        // A page of 40 holds every drug (the estimate counts the drugs there are, not 40: eczemarx.limits.max-complexity)
        JsonPath page = SqlStatements.during(() -> GraphQL.data("{ drugs(first: 40) { nodes { " + fields + " } } }", Map.of()),
                statements);
        List<Map<String, Object>> prefetched = page.getList("data.drugs.nodes");
        assertThat(prefetched).hasSizeGreaterThan(20);
        assertThat(prefetched).isEqualTo(throughNodes("Drug", fields, prefetched));
        assertThat(prefetched.toString()).contains("approvals", "monitoring", "adverseEffects");
        System.out.printf("PrefetchTest: %d SQL statements for %d drugs with every relation%n", statements[0], prefetched.size());
    }

    @Test
    void everyTargetIsPrefetchedAsItsResolversReadIt() {
        String fields = target();
        // Pages of 10: every field with links nested past the prefetch's depth costs about 4,800 a target
        String after = null;
        int targets = 0;
        do {
            JsonPath page = GraphQL.data("query($after: String) { targets(first: 10, after: $after) { edges { node { " + fields
                    + " } } pageInfo { hasNextPage endCursor } } }", after == null ? Map.of() : Map.of("after", after));
            List<Map<String, Object>> prefetched = page.getList("data.targets.edges.node");
            assertThat(prefetched).isEqualTo(throughNodes("Target", fields, prefetched));
            targets += prefetched.size();
            after = page.getBoolean("data.targets.pageInfo.hasNextPage") ? page.getString("data.targets.pageInfo.endCursor") : null;
        } while (after != null);
        assertThat(targets).isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = { "upadacitinib", "Dupixent", "ciclosporin", "tacrolimus", "crisaborole", "nemolizumab" })
    void aDrugByNameIsPrefetchedAsItsResolversReadIt(String name) {
        String fields = drug(false);
        JsonPath byName = GraphQL.data("query($name: String!) { drug(name: $name) { " + fields + " } }", Map.of("name", name));
        Map<String, Object> prefetched = byName.getMap("data.drug");
        assertThat(prefetched).as(name).isNotNull();
        JsonPath resolved = GraphQL.data("query($id: ID!) { node(id: $id) { ... on Drug { " + fields + " } } }",
                Map.of("id", prefetched.get("id")));
        assertThat(prefetched).isEqualTo(resolved.getMap("data.node"));
    }

    @Test
    void aTargetBySymbolIsPrefetchedAsItsResolversReadIt() {
        String fields = target();
        Map<String, Object> prefetched = GraphQL.data("{ target(symbol: \"IL-4Rα\") { " + fields + " } }").getMap("data.target");
        assertThat(prefetched).isNotNull().containsEntry("symbol", "IL4R");
        JsonPath resolved = GraphQL.data("query($id: ID!) { node(id: $id) { ... on Target { " + fields + " } } }",
                Map.of("id", prefetched.get("id")));
        assertThat(prefetched).isEqualTo(resolved.getMap("data.node"));
    }

    /** A selection of a few text fields reads only those text columns: the objects it builds answer the same. */
    @ParameterizedTest
    @ValueSource(strings = {
            "drugs(first: 100) { nodes { X } }|Drug|id name drugClass { name parent { name } } targets { action target { symbol } }"
                    + " monitoring { phase test { code } } approvals { region status condition { code } } brands { name }",
            "targets(first: 100) { nodes { X } }|Target|id symbol drugs { drug { id name monitoring { phase test { code name } } } }" })
    void aSparseSelectionIsPrefetchedAsItsResolversReadIt(String shape) {
        String[] parts = shape.split("\\|");
        String root = parts[0].substring(0, parts[0].indexOf('('));
        int[] statements = new int[1];
        JsonPath page = SqlStatements.during(() -> GraphQL.data("{ " + parts[0].replace("X", parts[2]) + " }", Map.of()), statements);
        List<Map<String, Object>> prefetched = page.getList("data." + root + ".nodes");
        assertThat(prefetched).hasSizeGreaterThan(20);
        assertThat(statements[0]).isEqualTo(1);
        assertThat(prefetched).isEqualTo(throughNodes(parts[1], parts[2], prefetched));
    }

    /** The three shapes of the peer benchmark (bench/peer): each is one statement, whatever the number of rows. */
    @ParameterizedTest
    @ValueSource(strings = { "a", "b", "c" })
    void eachBenchmarkShapeIsOneStatement(String shape) throws IOException {
        String document = Files.readString(Path.of("bench/peer/ours-" + shape + ".graphql"));
        int[] statements = new int[1];
        JsonPath answer = SqlStatements.during(() -> GraphQL.data(document, Map.of()), statements);
        assertThat(answer.getMap("data")).isNotEmpty();
        assertThat(statements[0]).as("SQL statements of shape %s", shape).isEqualTo(1);
    }

    @Test
    void fragmentsAndAliasesArePrefetchedAndArgumentsAreNot() {
        String document = """
                query($skipTargets: Boolean!) {
                  drug(name: "dupilumab") {
                    ...classes
                    first: brands { name }
                    second: brands { region }
                    targets @skip(if: $skipTargets) { target { symbol } }
                    eu: brands(region: EU) { name }
                  }
                }
                fragment classes on Drug { drugClass { name parent { name } } }""";
        int[] statements = new int[1];
        JsonPath answer = SqlStatements.during(() -> GraphQL.data(document, Map.of("skipTargets", true)), statements);
        assertThat(answer.getString("data.drug.drugClass.name")).isNotBlank();
        assertThat(answer.getList("data.drug.first.name")).isNotEmpty().hasSameSizeAs(answer.getList("data.drug.second.region"));
        assertThat(answer.getMap("data.drug")).doesNotContainKey("targets");
        assertThat(answer.getList("data.drug.eu.name")).isNotEmpty()
                .isSubsetOf(answer.getList("data.drug.first.name"));
        // the drug, its class, parent and brands in one; brands(region: EU) by its resolver
        assertThat(statements[0]).isEqualTo(2);
    }

    /**
     * A plan is made once per operation and kept, so the same document with other variable values must still read what
     * those values select, in as many statements as a fresh plan would: a relation given an argument by a variable is
     * read by its resolver (two statements), without one it is prefetched (one).
     */
    @Test
    void theSameDocumentWithOtherVariablesReadsWhatTheySelect() {
        String document = """
                query($full: Boolean!, $region: Region) {
                  drug(name: "dupilumab") {
                    name
                    mechanism @include(if: $full)
                    drugClass { name }
                    brands(region: $region) { name region }
                  }
                }""";
        for (String region : new String[] { "EU", null, "EU", null }) {
            for (boolean full : new boolean[] { false, true }) {
                Map<String, Object> variables = new java.util.HashMap<>();
                variables.put("full", full);
                variables.put("region", region);
                int[] statements = new int[1];
                JsonPath answer = SqlStatements.during(() -> GraphQL.data(document, variables), statements);
                String context = "full=" + full + ", region=" + region;
                if (full) {
                    assertThat(answer.getString("data.drug.mechanism")).as(context).isNotBlank();
                } else {
                    assertThat(answer.getMap("data.drug")).as(context).doesNotContainKey("mechanism");
                }
                List<String> regions = answer.getList("data.drug.brands.region");
                if (region != null) {
                    assertThat(regions).as(context).containsOnly(region);
                } else {
                    assertThat(regions).as(context).contains("US", "EU");
                }
                assertThat(statements[0]).as(context).isEqualTo(region == null ? 1 : 2);
            }
        }
    }
}
