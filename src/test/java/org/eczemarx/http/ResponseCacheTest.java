package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.SqlStatements;
import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The response cache as shipped: a repeated query (same normalised document, variables, operation and data version)
 * is answered without SQL; other variables, errors and a new data version are not served from it. It runs in
 * {@link TracingProfile}, which turns the cache on (tracing on as well does not change what is cached): one application
 * start for both.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class ResponseCacheTest {

    private static final String DRUG = """
            query Card($name: String!) {
              drug(name: $name) { name drugClass { name } targets { target { symbol } } approvals { region status } }
            }""";

    private static int statements(String query, Map<String, Object> variables) {
        return SqlStatements.countDuring(() -> GraphQL.data(query, variables));
    }

    @Test
    void aRepeatedQueryIsAnsweredWithoutSql() {
        Map<String, Object> rinvoq = Map.of("name", "Rinvoq");
        assertThat(statements(DRUG, rinvoq)).as("first request").isPositive();
        assertThat(statements(DRUG, rinvoq)).as("same request again").isZero();
        // The normalised document is the key: spacing, commas and comments do not matter.
        String reformatted = "# the same document\n" + DRUG.replace("  ", " ").replace(" }", ",}");
        assertThat(statements(reformatted, rinvoq)).as("reformatted document").isZero();
        assertThat(GraphQL.data(reformatted, rinvoq).getString("data.drug.name")).isEqualTo("upadacitinib");
    }

    @Test
    void otherVariablesAreNotServedFromTheCache() {
        assertThat(statements(DRUG, Map.of("name", "dupilumab"))).isPositive();
        assertThat(GraphQL.data(DRUG, Map.of("name", "tralokinumab")).getString("data.drug.name")).isEqualTo("tralokinumab");
        assertThat(GraphQL.data(DRUG, Map.of("name", "dupilumab")).getString("data.drug.name")).isEqualTo("dupilumab");
    }

    @Test
    void errorsAreNeverCached() {
        String plan = "query($n: [String!]!) { monitoringPlan(drugNames: $n) { drugs { name } } }";
        Map<String, Object> unknown = Map.of("n", List.of("Rinvoq", "no-such-drug"));
        for (int i = 0; i < 2; i++) {
            int[] count = new int[1];
            SqlStatements.during(() -> GraphQL.post(plan, unknown).body("errors[0].extensions.code", equalTo("NOT_FOUND")), count);
            assertThat(count[0]).as("request %d reads the database", i + 1).isPositive();
        }
    }

    @Test
    void aNewDataVersionEmptiesTheCache() {
        Map<String, Object> tacrolimus = Map.of("name", "tacrolimus");
        statements(DRUG, tacrolimus);
        assertThat(statements(DRUG, tacrolimus)).isZero();
        String version = TestDatabase.query("select version from data_version where id = 1");
        try {
            TestDatabase.execute("update data_version set version = '2099.12.31' where id = 1");
            int after = CachingTest.eventually(() -> statements(DRUG, tacrolimus), count -> count > 0);
            assertThat(after).as("statements after the data version changed").isPositive();
        } finally {
            TestDatabase.execute("update data_version set version = '" + version + "' where id = 1");
        }
    }
}
