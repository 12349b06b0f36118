package org.eczemarx.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL documents to the running app, as a client would. */
public final class GraphQL {

    private GraphQL() {
    }

    /** The text of {@code src/test/resources/graphql/<name>.graphql}. */
    public static String document(String name) {
        try (InputStream in = GraphQL.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No document graphql/" + name + ".graphql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    /** Posts and asserts HTTP 200 with no errors; returns the JSON. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        JsonPath json = post(query, variables).statusCode(200).extract().jsonPath();
        Object errors = json.get("errors");
        if (errors != null) {
            throw new AssertionError("Unexpected errors: " + errors);
        }
        return json;
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }
}
