package org.eczemarx.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;

/**
 * Every pool connection busy for longer than {@code eczemarx.database.acquire-timeout}: the request is answered
 * SERVICE_UNAVAILABLE with 503 and Retry-After, as an outage (a state to retry after), not INTERNAL and not after the
 * execution timeout.
 */
@QuarkusTest
@TestProfile(DatabaseFaultsProfile.class)
class PoolExhaustionTest {

    private static final String QUERY = "{ drug(name: \"dupilumab\") { name } }";

    @Inject
    Pool pool;

    @Test
    void aRequestThatGetsNoPoolConnectionInTimeIsServiceUnavailable() {
        assertThat(GraphQL.data(QUERY).getString("data.drug.name")).isEqualTo("dupilumab");
        List<SqlConnection> held = new ArrayList<>();
        try {
            for (int i = 0; i < DatabaseFaultsProfile.POOL_SIZE; i++) {
                held.add(pool.getConnection().await().indefinitely());
            }
            long start = System.nanoTime();
            ExtractableResponse<Response> response = GraphQL.post(QUERY).extract();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
            assertThat(response.header("Retry-After")).isEqualTo("2");
            assertThat(response.jsonPath().getList("errors.extensions.code")).containsOnly("SERVICE_UNAVAILABLE");
            assertThat(millis).as("after the 1 s acquire timeout, well before the 10 s execution timeout")
                    .isBetween(900L, 5000L);
        } finally {
            held.forEach(connection -> connection.close().await().indefinitely());
        }
        assertThat(GraphQL.data(QUERY).getString("data.drug.name")).isEqualTo("dupilumab");
    }
}
