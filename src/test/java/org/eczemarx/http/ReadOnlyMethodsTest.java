package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every path but /graphql is read with GET or HEAD; OPTIONS says so; any other method is a coded 405 that says what is
 * allowed. A path nothing serves is a coded 404, whatever the method.
 */
@QuarkusTest
class ReadOnlyMethodsTest {

    private static final List<String> PATHS = List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/metrics",
            "/downloads", "/");

    @Test
    void otherMethodsAreACoded405WithAllow() {
        for (String path : PATHS) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                given().when().request(method, path).then()
                        .statusCode(405)
                        .header("Allow", allOf(containsString("GET"), containsString("HEAD"), not(containsString("POST"))))
                        .contentType(startsWith("application/json"))
                        .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"))
                        .body("errors[0].message", equalTo("Method " + method + " is not allowed on " + path
                                + ": it is read with GET"));
            }
        }
    }

    @Test
    void otherPathsReadWithGetAre405Too() {
        for (String path : List.of("/index.html", "/downloads/", "/downloads/eczemarx-1999.01.01.json", "/q/graphql-ui/",
                "/q/health/live/")) {
            given().when().post(path).then()
                    .statusCode(405)
                    .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        }
    }

    @Test
    void getHeadAndOptionsAnswer() {
        for (String path : PATHS) {
            given().when().get(path).then().statusCode(200);
            given().when().head(path).then().statusCode(200);
        }
        for (String path : PATHS) {
            given().when().options(path).then().statusCode(204).header("Allow", allOf(containsString("GET"),
                    containsString("HEAD"), containsString("OPTIONS"), not(containsString("POST"))));
        }
    }

    @Test
    void aPathNothingServesIsACoded404() {
        for (String method : List.of("GET", "OPTIONS", "POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/nothing", "/q/nothing", "/graphq1", "/graphql/nothing")) {
                given().when().request(method, path).then()
                        .statusCode(404)
                        .contentType(startsWith("application/json"))
                        .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                        .body("errors[0].message", startsWith("Nothing is served at " + path + ": the API is /graphql"));
            }
        }
        given().when().head("/nothing").then().statusCode(404);
    }
}
