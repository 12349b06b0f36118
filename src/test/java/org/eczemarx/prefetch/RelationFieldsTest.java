package org.eczemarx.prefetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.SqlStatements;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Every relation field a prefetch reads is served by one declaration: the field's batched resolver sends the
 * declaration's statement, and the prefetch nests the same declaration's SQL ({@link PrefetchTest} compares the
 * answers of both for every object).
 */
@QuarkusTest
class RelationFieldsTest {

    /** Per relation field, a selection below a drug that reaches it through its batched resolver. */
    private static final Map<String, String> THROUGH_A_DRUG = Map.ofEntries(
            Map.entry("Drug.drugClass", "drugClass { name }"),
            Map.entry("Drug.synonyms", "synonyms"),
            Map.entry("Drug.routes", "routes"),
            Map.entry("Drug.brands", "brands { name }"),
            Map.entry("Drug.targets", "targets { action }"),
            Map.entry("Drug.monitoring", "monitoring { phase }"),
            Map.entry("Drug.adverseEffects", "adverseEffects { name }"),
            Map.entry("Drug.boxedWarnings", "boxedWarnings { region }"),
            Map.entry("Drug.approvals", "approvals { status }"),
            Map.entry("DrugClass.parent", "drugClass { parent { name } }"),
            Map.entry("DrugTarget.target", "targets { target { symbol } }"),
            Map.entry("DrugTarget.drug", "targets { drug { name } }"),
            Map.entry("Target.drugs", "targets { target { drugs { action } } }"),
            Map.entry("Target.aliases", "targets { target { aliases } }"),
            Map.entry("MonitoringRequirement.test", "monitoring { test { code } }"),
            Map.entry("MonitoringRequirement.drug", "monitoring { drug { name } }"),
            Map.entry("Approval.condition", "approvals { condition { code } }"));

    @Inject
    Prefetches prefetches;

    @Test
    void everyRegisteredFieldIsAFieldOfTheSchemaOfItsDeclaredType() {
        Map<String, Relations.Field> registered = registered();
        assertThat(new TreeSet<>(registered.keySet())).isEqualTo(new TreeSet<>(THROUGH_A_DRUG.keySet()));
        registered.forEach((coordinates, field) -> {
            String[] parts = coordinates.split("\\.");
            JsonPath type = GraphQL.data("""
                    query($name: String!) { __type(name: $name) { fields { name type { kind name ofType { kind name
                      ofType { kind name ofType { kind name } } } } } } }""", Map.of("name", parts[0]));
            List<Map<String, Object>> fields = type.getList("data.__type.fields.findAll { it.name == '" + parts[1] + "' }");
            assertThat(fields).as(coordinates).hasSize(1);
            String shape = shape(fields.get(0).get("type"));
            String expected = switch (field.kind()) {
                case ONE -> field.childType();
                case MANY -> "[" + field.childType() + "]";
                case VALUES -> "[" + (field.declaration().type() == String.class ? "String" : field.declaration().type().getSimpleName()) + "]";
            };
            assertThat(shape).as("the type of %s", coordinates).isEqualTo(expected);
        });
    }

    @Test
    void everyRegisteredFieldsResolverSendsItsDeclaredStatement() {
        String drugId = GraphQL.data("{ drug(name: \"upadacitinib\") { id } }").getString("data.drug.id");
        registered().forEach((coordinates, field) -> {
            String document = "query($id: ID!) { node(id: $id) { ... on Drug { " + THROUGH_A_DRUG.get(coordinates) + " } } }";
            List<String> statements = SqlStatements.textsDuring(() -> GraphQL.data(document, Map.of("id", drugId)));
            String declared = field.declaration().batchStatement();
            String prefix = declared.substring(0, declared.indexOf(" in (:keys)")); // Hql binds the keys as one array
            assertThat(statements).as("the statements of %s", coordinates)
                    .anySatisfy(statement -> assertThat(statement.trim()).startsWith(prefix));
        });
    }

    private Map<String, Relations.Field> registered() {
        Map<String, Relations.Field> all = new TreeMap<>();
        prefetches.relations().all().forEach((type, fields) -> fields.forEach((name, field) -> all.put(type + "." + name, field)));
        return all;
    }

    /** {@code Type} or {@code [Type]}, without non-null wrappers. */
    @SuppressWarnings("unchecked")
    private static String shape(Object type) {
        Map<String, Object> level = (Map<String, Object>) type;
        boolean list = false;
        while (level.get("name") == null) {
            list |= "LIST".equals(level.get("kind"));
            level = (Map<String, Object>) level.get("ofType");
        }
        return list ? "[" + level.get("name") + "]" : (String) level.get("name");
    }
}
