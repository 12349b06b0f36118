package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** Automatic persisted queries as Apollo Client's persisted query link uses them. */
@QuarkusTest
class PersistedQueryTest {

    private static String extensions(String hash) {
        return new JsonObject().put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash)).encode();
    }

    /** A document no other test registered, so each test starts from an unknown hash. */
    private static String uniqueQuery() {
        return "query Apq_" + UUID.randomUUID().toString().replace("-", "") + " { meta { apiVersion } }";
    }

    @Test
    void unknownHashAnswersPersistedQueryNotFound() {
        String hash = PersistedQueries.sha256(uniqueQuery());
        given().queryParam("extensions", extensions(hash))
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"));
    }

    @Test
    void hashWithQueryRegistersItAndGetThenWorksByHashAlone() {
        String query = uniqueQuery();
        String hash = PersistedQueries.sha256(query);
        given().queryParam("extensions", extensions(hash))
                .when().get("/graphql")
                .then().body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        Http.postJson(new JsonObject().put("query", query).put("extensions", new JsonObject(extensions(hash))).encode())
                .statusCode(200)
                .body("data.meta.apiVersion", equalTo("1.0.0"));
        given().queryParam("extensions", extensions(hash))
                .when().get("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.meta.apiVersion", equalTo("1.0.0"))
                .header("Cache-Control", "public, max-age=60");
    }

    @Test
    void hashIsVerifiedBeforeRegistering() {
        String query = uniqueQuery();
        String wrong = PersistedQueries.sha256(uniqueQuery());
        Http.postJson(new JsonObject().put("query", query).put("extensions", new JsonObject(extensions(wrong))).encode())
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("sha"));
        given().queryParam("extensions", extensions(wrong))
                .when().get("/graphql")
                .then().body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void invalidDocumentsAreNotRegistered() {
        String query = "{ meta { nope_" + UUID.randomUUID().toString().replace("-", "") + " } }";
        String hash = PersistedQueries.sha256(query);
        Http.postJson(new JsonObject().put("query", query).put("extensions", new JsonObject(extensions(hash))).encode())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().queryParam("extensions", extensions(hash))
                .when().get("/graphql")
                .then().body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void malformedPersistedQueryExtensionIsABadRequest() {
        given().queryParam("extensions", extensions("not-a-hash"))
                .when().get("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"" + "a".repeat(64) + "\"}}")
                .when().get("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", containsString("version"));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":4294967297,\"sha256Hash\":\"" + "a".repeat(64) + "\"}}")
                .when().get("/graphql")
                .then().statusCode(400)
                .body("errors[0].message", containsString("version"));
        // a null extension names no document: the request has none
        given().queryParam("extensions", "{\"persistedQuery\":null}")
                .when().get("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("no `query`"));
        given().contentType("application/json").body("{\"extensions\":{\"persistedQuery\":null}}")
                .when().post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }
}
