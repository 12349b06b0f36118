package org.eczemarx.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The change log as clients see it, after a change made in PostgreSQL the way a curator (or a migration) makes it. */
@QuarkusTest
class ChangeLogTest {

    private static final String CHANGES = """
            query Changes($since: String, $drug: String, $after: String) {
              factChanges(sinceVersion: $since, drug: $drug, kinds: [ADVERSE_EFFECT], after: $after) {
                cursor release kind operation rowKey changedOn
                drug { name }
                source { title }
                before { name value }
                after { name value }
              }
            }""";

    @Test
    void releasesAreListedOldestFirstAndIncludeTheCurrentVersion() {
        JsonPath data = GraphQL.data("{ dataReleases { version releasedOn summary changeCount } meta { dataVersion } }");
        List<String> versions = data.getList("data.dataReleases.version");
        assertThat(versions).containsSubsequence("2026.11.22", "2026.11.22.2", "2026.11.27", "2026.12.06");
        assertThat(versions).contains(data.getString("data.meta.dataVersion"));
        assertThat(data.getList("data.dataReleases.summary", String.class)).allSatisfy(s -> assertThat(s).isNotBlank());
    }

    @Test
    void aCuratorsChangeIsInTheChangesSinceTheVersionAClientHolds() {
        String held = TestDatabase.query("select version from data_version where id = 1");
        String row = TestDatabase.query("select min(e.id) from adverse_effect e join drug d on d.id = e.drug_id where d.name = 'upadacitinib'");
        String seriousBefore = TestDatabase.query("select serious from adverse_effect where id = " + row);
        String release = "test." + System.nanoTime();
        try {
            TestDatabase.execute("update adverse_effect set serious = not serious where id = " + row,
                    "update data_version set version = '" + release + "' where id = 1");

            JsonPath data = GraphQL.data(CHANGES, Map.of("since", held, "drug", "Rinvoq"));
            List<Map<String, Object>> changes = data.getList("data.factChanges");
            assertThat(changes).hasSize(1);
            JsonPath change = new JsonPath(new io.vertx.core.json.JsonObject(changes.get(0)).encode());
            assertThat(change.getString("release")).isEqualTo(release);
            assertThat(change.getString("kind")).isEqualTo("ADVERSE_EFFECT");
            assertThat(change.getString("operation")).isEqualTo("CHANGED");
            assertThat(change.getString("rowKey")).isEqualTo(row);
            assertThat(change.getString("drug.name")).isEqualTo("upadacitinib");
            assertThat(change.getString("source.title")).isNotBlank();
            assertThat(change.getString("before.find { it.name == 'serious' }.value")).isEqualTo(bool(seriousBefore));
            assertThat(change.getString("after.find { it.name == 'serious' }.value")).isEqualTo(String.valueOf(!Boolean.parseBoolean(bool(seriousBefore))));

            // The release is listed with its change, and nothing follows the change's cursor.
            JsonPath releases = GraphQL.data("{ dataReleases { version changeCount } }");
            assertThat(releases.getInt("data.dataReleases.find { it.version == '" + release + "' }.changeCount")).isGreaterThanOrEqualTo(1);
            assertThat(GraphQL.data(CHANGES, Map.of("since", held, "drug", "Rinvoq", "after", change.getString("cursor")))
                    .getList("data.factChanges")).isEmpty();
            // A client holding the new version has nothing to fetch.
            assertThat(GraphQL.data(CHANGES, Map.of("since", release, "drug", "Rinvoq")).getList("data.factChanges")).isEmpty();
        } finally {
            TestDatabase.execute("update adverse_effect set serious = " + bool(seriousBefore) + " where id = " + row,
                    "update data_version set version = '" + held + "' where id = 1");
        }
    }

    @Test
    void changesAreDatedByTheirReleaseAndFilteredByThatDate() {
        // The migrations' changes were made when this database was migrated (today), but belong to their releases.
        JsonPath releases = GraphQL.data("{ dataReleases { version releasedOn changeCount } }");
        List<Map<String, Object>> recorded = releases.getList("data.dataReleases.findAll { it.changeCount > 0 }");
        assertThat(recorded).isNotEmpty();
        String version = (String) recorded.get(0).get("version");
        String releasedOn = (String) recorded.get(0).get("releasedOn");
        String query = "query($since: Date) { factChanges(sinceDate: $since, first: 500) { release changedOn } }";

        List<Map<String, Object>> fromThatDay = GraphQL.data(query, Map.of("since", releasedOn)).getList("data.factChanges");
        assertThat(fromThatDay).isNotEmpty().allSatisfy(change -> assertThat((String) change.get("changedOn")).isGreaterThanOrEqualTo(releasedOn));
        assertThat(fromThatDay.stream().filter(change -> version.equals(change.get("release"))))
                .isNotEmpty().allSatisfy(change -> assertThat(change.get("changedOn")).isEqualTo(releasedOn));
        String dayAfter = java.time.LocalDate.parse(releasedOn).plusDays(1).toString();
        assertThat(GraphQL.data(query, Map.of("since", dayAfter)).getList("data.factChanges.release", String.class))
                .doesNotContain(version);
        // The same as a literal.
        assertThat(GraphQL.data("{ factChanges(sinceDate: \"" + releasedOn + "\", first: 1) { changedOn } }")
                .getString("data.factChanges[0].changedOn")).isGreaterThanOrEqualTo(releasedOn);
    }

    @Test
    void aDrugsChangesIncludeThoseToItsGradedStatements() {
        // efficacy results and recommendations name an intervention, which names the drug
        String row = TestDatabase.query("select min(e.id) from efficacy_result e join intervention i on i.id = e.intervention_id"
                + " join drug d on d.id = i.drug_id where d.name = 'upadacitinib'");
        String held = TestDatabase.query("select version from data_version where id = 1");
        String summary = TestDatabase.query("select summary from efficacy_result where id = " + row);
        try {
            TestDatabase.execute("update efficacy_result set summary = summary || ' (test)' where id = " + row);
            List<Map<String, Object>> changes = GraphQL.data("""
                    query($since: String) { factChanges(sinceVersion: $since, drug: "Rinvoq", kinds: [EFFICACY_RESULT]) {
                      kind rowKey drug { name } } }""", Map.of("since", held)).getList("data.factChanges");
            assertThat(changes).hasSize(1);
            assertThat(changes.get(0)).containsEntry("rowKey", row).containsEntry("drug", Map.of("name", "upadacitinib"));
        } finally {
            TestDatabase.execute("update efficacy_result set summary = '" + summary.replace("'", "''") + "' where id = " + row);
        }
    }

    @Test
    void aDateThatIsNotOneIsAClearError() {
        GraphQL.post("{ factChanges(sinceDate: \"2026-13-45\") { cursor } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("YYYY-MM-DD"));
        GraphQL.post("{ factChanges(sinceDate: 20260601) { cursor } }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void anUnknownVersionOrDrugOrCursorIsAClearError() {
        GraphQL.post("{ factChanges(sinceVersion: \"1999.01.01\") { cursor } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ factChanges(drug: \"no such drug\") { cursor } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post("{ factChanges(after: \"x\") { cursor } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ factChanges(first: 501) { cursor } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aReleaseFromBeforeTheLogBeganIsRefusedNotAnsweredInPart() {
        // 2026.11.27's changes were not recorded (the log starts after 2026.12.06): "since" it would leave them out
        GraphQL.post("{ factChanges(sinceVersion: \"2026.11.27\") { cursor } }")
                .body("data.factChanges", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("starts after release 2026.12.06"));
        GraphQL.post("{ factChanges(sinceVersion: \"2026.12.06\", first: 1) { release } }")
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.factChanges", org.hamcrest.Matchers.hasSize(1));
    }

    private static String bool(String postgres) {
        return "t".equals(postgres) || "true".equals(postgres) ? "true" : "false";
    }
}
