package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** What operators and client developers use besides /graphql: health, metrics, GraphiQL, the schema, CORS. */
@QuarkusTest
class OperationsTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    io.opentelemetry.api.OpenTelemetry openTelemetry;

    @Test
    void livenessAndReadinessWithTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database"));
    }

    @Test
    void prometheusMetricsPerOperationName() {
        given().contentType("application/json")
                .body("{\"query\": \"query MetricsProbe { meta { apiVersion } }\"}")
                .when().post("/graphql").then().statusCode(200);
        given().contentType("application/json")
                .body("{\"query\": \"query MetricsProbe($n: String!) { drug(name: $n) { name } }\"}") // valid, but refused: no $n
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .contains("graphql_requests_seconds_count{operation=\"MetricsProbe\",outcome=\"ok\"}")
                .contains("graphql_requests_seconds_count{operation=\"MetricsProbe\",outcome=\"rejected\"}")
                .contains("graphql_requests_seconds_sum{operation=\"MetricsProbe\",outcome=\"ok\"}");
    }

    @Test
    void onlyNamesADocumentHoldsBecomeMetrics() {
        // names a client merely sends (on a request refused before or because its document lacks them) would each
        // take one of the bounded places, and real operations would then count as "other"
        given().contentType("application/json")
                .body("{\"query\": \"query Real { meta { apiVersion } }\", \"operationName\": \"Forged1\"}")
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType("application/json")
                .body("{\"query\": \"query Real { \", \"operationName\": \"Forged2\"}")
                .when().post("/graphql").then().statusCode(200);
        given().contentType("application/json")
                .body("{\"query\": \"query Forged4 { meta { nope } }\"}") // held, but by a document that is not valid
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType("application/json")
                .body("{\"query\": 5, \"operationName\": \"Forged3\"}")
                .when().post("/graphql").then().statusCode(400);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .doesNotContain("Forged")
                .contains("graphql_requests_seconds_count{operation=\"unknown\",outcome=\"rejected\"}");
    }

    @Test
    void tracingIsOffByDefault() {
        given().contentType("application/json")
                .body("{\"query\": \"query UntracedProbe { drug(name: \\\"Dupixent\\\") { name } }\"}")
                .when().post("/graphql").then().statusCode(200);
        // Enabled, the flush would hand this request's spans to the exporter (see TracingTest).
        ((io.opentelemetry.sdk.OpenTelemetrySdk) openTelemetry).getSdkTracerProvider().forceFlush()
                .join(5, java.util.concurrent.TimeUnit.SECONDS);
        org.assertj.core.api.Assertions.assertThat(spans.getFinishedSpanItems()).isEmpty();
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    @Test
    void rootPageSendsPeopleToGraphiqlTheSchemaAndHealth() {
        given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", containsString("max-age=300")) // it names the current downloads: not a day
                .body(containsString("href=\"q/graphql-ui/\""))
                .body(containsString("href=\"graphql/schema.graphql\""))
                .body(containsString("href=\"q/health/ready\""))
                .body(containsString("href=\"downloads\""))
                .body(containsString("does not give medical"));
        given().when().get("/downloads").then().statusCode(200); // the link leads somewhere
    }

    @Test
    void schemaIsServed() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Query"));
    }

    @Test
    void corsPreflightForBrowserClients() {
        given().header("Origin", "https://web.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://web.example")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        // a browser app that traces its calls (README "Tracing and logs": a caller's traceparent decides sampling)
        given().header("Origin", "https://web.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,traceparent,tracestate,baggage")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://web.example")
                .header("Access-Control-Allow-Headers", containsString("traceparent"))
                .header("Access-Control-Allow-Headers", containsString("baggage"));
        given().header("Origin", "https://web.example")
                .queryParam("query", "{ meta { apiVersion } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://web.example")
                .header("Vary", containsString("Origin"));
    }
}
