package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.Socket;
import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Introspection off, tiny timeouts and one allowed origin, as an operator may configure them. */
@QuarkusTest
@TestProfile(StrictProfile.class)
class StrictSettingsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void introspectionCanBeTurnedOff() {
        Http.postJson(Http.body("{ __schema { types { name } } }"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("eczemarx.http.introspection"))
                .body("data", nullValue());
        Http.postJson(Http.body("{ __type(name: \"Drug\") { name } }"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void executionTimeoutAnswersLimitExceeded() {
        Http.postJson(Http.body("""
                { drugs(first: 100) { edges { node { name
                    approvals { year source { title } }
                    targets { target { symbol pathways { name } } }
                    monitoring { rationale test { name } } } } } }"""))
                .statusCode(503)
                .header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("eczemarx.limits.execution-timeout"));
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            long start = System.nanoTime();
            assertThat(socket.getInputStream().read()).as("the server closes the idle connection").isEqualTo(-1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigin() {
        given().header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", "https://app.example");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
