package org.eczemarx.http;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.core.json.JsonObject;

/** Requests to /graphql as browsers and mobile clients send them, with full control over method, headers and body. */
final class Http {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private Http() {
    }

    /** A POST of raw bytes with a given content type. */
    static ValidatableResponse postRaw(String contentType, byte[] body) {
        return given().contentType(contentType).body(body).when().post("/graphql").then();
    }

    static ValidatableResponse postJson(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/graphql").then();
    }

    static ValidatableResponse postJson(String json, String accept) {
        return given().contentType(ContentType.JSON).accept(accept).body(json).when().post("/graphql").then();
    }

    /** A POST body with the spec's request parameters. */
    static String body(String query, Map<String, Object> variables) {
        return new JsonObject().put("query", query).put("variables", new JsonObject(variables)).encode();
    }

    static String body(String query) {
        return body(query, Map.of());
    }


    /** A GET with the query in the URL. */
    static ValidatableResponse get(String query) {
        return given().queryParam("query", query).when().get("/graphql").then();
    }
}
