package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Introspection off, a tiny timeout and one allowed origin, as an operator may configure them. */
@QuarkusTest
@TestProfile(StrictProfile.class)
class StrictSettingsTest {

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
    void corsAllowsOnlyTheConfiguredOrigin() {
        given().header("Origin", "https://app.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", "https://app.example");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
