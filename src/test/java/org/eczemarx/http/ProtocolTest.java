package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GraphQL over HTTP: methods, media types and status codes as the specification defines them. */
@QuarkusTest
class ProtocolTest {

    private static final String TWO_OPERATIONS = """
            query Version { meta { apiVersion } }
            query Data { meta { dataVersion } }""";

    @Test
    void postAnswersJsonByDefault() {
        Http.postJson(Http.body("{ meta { apiVersion } }"))
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data.meta.apiVersion", equalTo("1.0.0"))
                .body("errors", nullValue());
    }

    @Test
    void acceptSelectsTheGraphqlResponseMediaType() {
        Http.postJson(Http.body("{ meta { apiVersion } }"), "application/graphql-response+json, application/json;q=0.9")
                .statusCode(200)
                .contentType(startsWith(Http.GRAPHQL_RESPONSE))
                .body("data.meta.apiVersion", equalTo("1.0.0"));
        Http.postJson(Http.body("{ meta { apiVersion } }"), "application/json")
                .statusCode(200)
                .contentType(startsWith("application/json"));
        // media types are case-insensitive (RFC 9110 8.3.1)
        Http.postJson(Http.body("{ meta { apiVersion } }"), "Application/GraphQL-Response+JSON")
                .statusCode(200)
                .contentType(startsWith(Http.GRAPHQL_RESPONSE));
        Http.postJson(Http.body("{ meta { apiVersion } }"), "APPLICATION/JSON").statusCode(200);
    }

    @Test
    void unservedAcceptIs406() {
        Http.postJson(Http.body("{ meta { apiVersion } }"), "text/html")
                .statusCode(406)
                .body("errors[0].extensions.code", equalTo("NOT_ACCEPTABLE"));
    }

    @Test
    void getRunsQueriesWithVariablesAndOperationName() {
        given().queryParam("query", "query Drug($name: String!) { drug(name: $name) { name } }")
                .queryParam("variables", "{\"name\":\"Protopic\"}")
                .queryParam("operationName", "Drug")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("data.drug.name", equalTo("tacrolimus"));
    }

    @Test
    void operationNameSelectsOneOfSeveralOperations() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", TWO_OPERATIONS, "operationName", "Data"))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.meta.dataVersion", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("data.meta.apiVersion", nullValue());
        given().contentType(ContentType.JSON)
                .body(Map.of("query", TWO_OPERATIONS))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("operationName"));
    }

    @Test
    void mutationsOverGetAre405() {
        Http.get("mutation { anything }")
                .statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void otherMethodsAre405() {
        given().contentType(ContentType.JSON).body(Http.body("{ meta { apiVersion } }"))
                .when().put("/graphql")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD, POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        // HEAD is GET without the body (RFC 9110 9.3.2): the same status and validators
        String etag = Http.get("{ meta { apiVersion } }").statusCode(200).extract().header("ETag");
        given().queryParam("query", "{ meta { apiVersion } }").when().head("/graphql")
                .then().statusCode(200).header("ETag", etag).body(org.hamcrest.Matchers.emptyString());
    }

    @Test
    void parseErrorsAre400ForGraphqlResponseClientsAnd200ForJsonClients() {
        Http.postJson(Http.body("{ meta { "), Http.GRAPHQL_RESPONSE)
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("data", nullValue());
        Http.postJson(Http.body("{ meta { "), "application/json")
                .statusCode(200)
                .header("Vary", containsString("Accept")) // the status follows Accept
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }

    @Test
    void parseAndValidationErrorsSayWhereInTheDocument() {
        // GraphQL spec 7.1.2: an error about the document carries locations; GraphiQL and IDEs underline them
        Http.postJson(Http.body("{ meta {\n  apiVersion\n  nope } }"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].locations[0].line", equalTo(3))
                .body("errors[0].locations[0].column", equalTo(3));
        Http.postJson(Http.body("{ meta { apiVersion } ]"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].locations[0].column", equalTo(23));
    }

    @Test
    void variablesAreNamedAsTheDocumentNamesThem() {
        // graphql-java's coercion messages name a variable without its $; ours and graphql-js's name it with one
        Http.postJson(Http.body("query ($f: DrugFilter!) { drugs(filter: $f) { totalCount } }", Map.of()))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", startsWith("Variable '$f'"))
                .body("errors[0].message", org.hamcrest.Matchers.not(containsString("Variable 'f'")));
    }

    @Test
    void validationErrorsAre400ForGraphqlResponseClientsAnd200ForJsonClients() {
        Http.postJson(Http.body("{ meta { nope } }"), Http.GRAPHQL_RESPONSE)
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("nope"));
        Http.postJson(Http.body("{ meta { nope } }"), "application/json")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void fieldErrorsKeepStatus200AndPartialData() {
        Http.postJson(Http.body("{ meta { apiVersion } node(id: \"not-an-id\") { id } }"), Http.GRAPHQL_RESPONSE)
                .statusCode(200)
                .body("data.meta.apiVersion", equalTo("1.0.0"))
                .body("errors.extensions.code", hasItem("BAD_USER_INPUT"));
    }
}
