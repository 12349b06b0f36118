package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLSchemaHandler;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import jakarta.inject.Inject;

/** The schema file answers every method, with an ETag ({@link SchemaFileMethods}), and the SmallRye behaviour it works around. */
@QuarkusTest
class SchemaFileMethodsTest {

    @Inject
    Vertx vertx;

    @Test
    void everyMethodIsAnswered() {
        given().when().get(SchemaFileMethods.PATH).then().statusCode(200).body(containsString("type Query"));
        given().when().options(SchemaFileMethods.PATH).then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
        for (String method : new String[] { "POST", "PUT", "DELETE" }) {
            given().when().request(method, SchemaFileMethods.PATH).then().statusCode(405).header("Allow", "GET, HEAD, OPTIONS")
                    .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        }
    }

    @Test
    void headAnswersGetsHeadersAndAnEtagSavesTheDownload() {
        String etag = given().when().get(SchemaFileMethods.PATH).then().statusCode(200)
                .header("Cache-Control", "no-cache").header("ETag", startsWith("W/\"")).extract().header("ETag");
        given().when().head(SchemaFileMethods.PATH).then().statusCode(200).header("ETag", etag)
                .header("Content-Type", startsWith("text/plain")).body(emptyString());
        // as a browser on another site sends it (CORS checks the method of every request with an Origin)
        given().header("Origin", "https://app.example").when().head(SchemaFileMethods.PATH).then().statusCode(200)
                .header("ETag", etag).header("Vary", containsString("Origin"));
        given().header("If-None-Match", etag).when().get(SchemaFileMethods.PATH).then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "W/\"another\"").when().get(SchemaFileMethods.PATH).then().statusCode(200)
                .body(containsString("type Query"));
    }

    /**
     * SmallRye's own handler, alone on a router: it leaves a plain OPTIONS unanswered. When this fails, SmallRye answers
     * it (upstream fixed): remove {@link SchemaFileMethods} and this test.
     */
    @Test
    void smallRyesHandlerStillLeavesOptionsUnanswered() throws Exception {
        Router router = Router.router(vertx);
        router.route(SchemaFileMethods.PATH).blockingHandler(new SmallRyeGraphQLSchemaHandler());
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + server.actualPort() + SchemaFileMethods.PATH);
            assertThat(client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                    .as("the handler serves the schema").contains("type Query");
            HttpRequest options = HttpRequest.newBuilder(uri).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(2)).build();
            try {
                HttpResponse<String> answered = client.send(options, HttpResponse.BodyHandlers.ofString());
                throw new AssertionError("SmallRye's schema handler now answers OPTIONS (" + answered.statusCode()
                        + "): remove SchemaFileMethods and this test");
            } catch (HttpTimeoutException expected) {
                // the upstream behaviour SchemaFileMethods works around
            }
        } finally {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
