package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Beyond the execution slots and the queue, requests are refused at once with 503, Retry-After and a code. */
@QuarkusTest
@TestProfile(OverloadTest.OneSlot.class)
class OverloadTest {

    public static class OneSlot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("eczemarx.limits.max-concurrent-executions", "1", "eczemarx.limits.max-queued-executions", "0");
        }
    }

    private static final String HEAVY = "{ targets(first: 100) { nodes { symbol drugs { drug { name monitoring { test { name } } } } } } }";

    @Test
    void refusedRequestsAre503WithRetryAfterAndTheRestAnswer() throws Exception {
        answeredAndRefused(() -> GraphQL.post(HEAVY).extract(),
                response -> assertThat(response.jsonPath().getList("data.targets.nodes")).isNotEmpty());
        GraphQL.data("{ meta { apiVersion } }");
    }

    @Test
    void downloadsTakeAnExecutionSlotToo() throws Exception {
        // a download reads the whole knowledge base: many at once are refused like queries, not built side by side
        String file = io.restassured.RestAssured.get("/downloads").then().statusCode(200).extract().path("files[0].url");
        answeredAndRefused(() -> io.restassured.RestAssured.given().get(file).then().extract(),
                response -> assertThat(response.jsonPath().getString("dataVersion")).isNotBlank());
        io.restassured.RestAssured.get(file).then().statusCode(200);
    }

    /**
     * 24 requests from 12 clients at once, with one slot and no queue: some are answered (each checked by
     * {@code answered}), the others refused at once with 503, Retry-After and OVERLOADED.
     */
    private static void answeredAndRefused(java.util.concurrent.Callable<ExtractableResponse<Response>> request,
            java.util.function.Consumer<ExtractableResponse<Response>> answered) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(clients.submit(request));
            }
            int ok = 0;
            int refused = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                if (response.statusCode() == 200) {
                    answered.accept(response);
                    ok++;
                } else {
                    assertThat(response.statusCode()).isEqualTo(503);
                    assertThat(response.header("Retry-After")).isEqualTo("1");
                    assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("OVERLOADED");
                    refused++;
                }
            }
            assertThat(ok).as("answered").isPositive();
            assertThat(refused).as("refused at once with one slot and no queue").isPositive();
        } finally {
            clients.shutdownNow();
        }
    }
}
