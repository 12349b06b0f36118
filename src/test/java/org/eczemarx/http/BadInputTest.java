package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.eczemarx.support.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Hostile and broken requests: each gets a clear error with {@code extensions.code}, never a 500 or a stack trace,
 * and the server answers a normal request right after.
 */
@QuarkusTest
class BadInputTest {

    @AfterEach
    void serverStillAnswers() {
        Http.postJson(Http.body("{ drug(name: \"dupilumab\") { name } }"))
                .statusCode(200)
                .body("data.drug.name", equalTo("dupilumab"))
                .body("errors", nullValue());
    }

    private static ValidatableResponse rejected(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].message", not(containsString("\tat ")));
    }

    @Test
    void anIntVariableMustBeAWholeNumber() {
        // FuzzTest found "System error" with SmallRye's code coercing-parse-literal for 0.01, and 0.01 in a filter
        // silently read as 0.
        rejected(Http.postJson(Http.body("query($f: Int) { drugs(first: $f) { totalCount } }", Map.of("f", 0.01))),
                200, "BAD_USER_INPUT").body("errors[0].message", containsString("'$f' must be an Int"));
        rejected(Http.postJson(Http.body("query($f: DrugFilter) { drugs(filter: $f) { totalCount } }",
                Map.of("f", Map.of("ageMonths", 0.5)))), 200, "BAD_USER_INPUT")
                .body("errors[0].message", containsString("'$f.ageMonths'"));
        rejected(Http.postJson(Http.body("query($f: DrugFilter) { drugs(filter: $f) { totalCount } }",
                Map.of("f", Map.of("ageMonths", 1L << 40)))), 200, "BAD_USER_INPUT");
        Http.postJson(Http.body("query($f: Int) { drugs(first: $f) { totalCount } }", Map.of("f", 2.0)))
                .statusCode(200).body("errors", nullValue());
        // beyond 32 bits a page size is no Int: refused as such, not priced as a page of 2 billion
        for (Object big : List.of(2147483648L, 1e300)) {
            rejected(Http.postJson(Http.body("query($f: Int) { drugs(first: $f) { totalCount } }", Map.of("f", big))),
                    200, "BAD_USER_INPUT").body("errors[0].message", containsString("'$f' must be an Int"));
        }
    }

    /**
     * A variable of the wrong type is a request error: 400 with the GraphQL response media type (docs/HTTP.md), for
     * every kind of input type, before anything executes.
     */
    @Test
    void aVariableOfTheWrongTypeIs400ForEveryKindOfType() {
        String json = "application/graphql-response+json";
        Map<String, Map.Entry<String, Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("Int", Map.entry("query($v: Int) { drugs(first: $v) { totalCount } }", "ten"));
        cases.put("Int in an input object", Map.entry("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("ageMonths", "12")));
        cases.put("Boolean", Map.entry("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("hasBoxedWarning", "yes")));
        cases.put("ID", Map.entry("query($v: ID!) { node(id: $v) { id } }", Map.of("an", "object")));
        cases.put("ID list", Map.entry("query($v: [ID!]!) { nodes(ids: $v) { id } }", List.of(true)));
        cases.put("String", Map.entry("query($v: String!) { drug(name: $v) { name } }", 5));
        cases.put("enum", Map.entry("query($v: DrugOrder) { drugs(orderBy: $v) { totalCount } }", "CHEAPEST_FIRST"));
        cases.put("input object", Map.entry("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("price", 3)));
        cases.put("Date", Map.entry("query($v: Date) { factChanges(sinceDate: $v) { cursor } }", "2026-13-45"));
        cases.put("Date, not text", Map.entry("query($v: Date) { factChanges(sinceDate: $v) { cursor } }", 20260601));
        cases.forEach((kind, request) -> {
            rejected(Http.postJson(Http.body(request.getKey(), Map.of("v", request.getValue())), json), 400, "BAD_USER_INPUT")
                    .body("data", nullValue())
                    .body("errors[0].message", org.hamcrest.Matchers.anyOf(containsString("'$v"), containsString("'v'"),
                            containsString("'price'")));
            rejected(Http.postJson(Http.body(request.getKey(), Map.of("v", request.getValue()))), 200, "BAD_USER_INPUT");
        });
        rejected(Http.postJson(Http.body("query($v: Int) { drugs(first: $v) { totalCount } }", Map.of("v", "ten")), json),
                400, "BAD_USER_INPUT").body("errors[0].message", equalTo("Variable '$v' must be an Int, a whole number from "
                        + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", not \"ten\""));
    }

    @Test
    void aVariableOfAnotherJsonKindIsNamedAsJsonNotAsJava() {
        String json = "application/graphql-response+json";
        Map<String, Map.Entry<String, Object>> cases = new LinkedHashMap<>();
        cases.put("an input object given a list", Map.entry("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }", List.of(1)));
        cases.put("an enum given a list", Map.entry("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("route", List.of("ORAL"))));
        cases.put("an enum given a number", Map.entry("query($v: DrugOrder) { drugs(orderBy: $v) { totalCount } }", 3));
        cases.put("an enum given a name it lacks", Map.entry("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("route", "oral")));
        cases.put("an input object given a field it lacks", Map.entry("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("bogus", 1)));
        cases.put("a Date given an object", Map.entry("query($v: Date) { factChanges(sinceDate: $v) { cursor } }", Map.of("y", 1)));
        cases.forEach((kind, request) -> rejected(Http.postJson(Http.body(request.getKey(), Map.of("v", request.getValue())), json),
                400, "BAD_USER_INPUT")
                .body("errors[0].message", org.hamcrest.Matchers.anyOf(containsString("'$v"), containsString("'v'")))
                .body("errors[0].message", not(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*(ArrayList|LinkedHashMap|HashMap|'Map'|Integer|JsonObject|JsonArray|\\[ORAL\\]|\\{y=).*"))));
        // the commonest slip, a lower-case enum name, is answered with the allowed names
        rejected(Http.postJson(Http.body("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("v", Map.of("route", "oral"))), json), 400, "BAD_USER_INPUT")
                .body("errors[0].message", containsString("'$v.route' must be a Route, one of"))
                .body("errors[0].message", containsString("ORAL"));
        rejected(Http.postJson(Http.body("query($v: DrugFilter) { drugs(filter: $v) { totalCount } }",
                Map.of("v", Map.of("bogus", 1))), json), 400, "BAD_USER_INPUT")
                .body("errors[0].message", containsString("'$v' has no field \"bogus\": a DrugFilter has "));
    }

    @Test
    void aLiteralOfTheWrongKindIsAValidationError() {
        // SmallRye's Int took "100" and 1e2, which the query limits did not count as a page size
        for (String literal : List.of("\"100\"", "1e2", "100.0", "true", "2147483648", "1000000000000")) {
            rejected(Http.postJson(Http.body("{ drugs(first: " + literal + ") { totalCount } }"), "application/graphql-response+json"),
                    400, "GRAPHQL_VALIDATION_FAILED").body("errors[0].message", containsString("an Int"));
        }
        rejected(Http.postJson(Http.body("{ drugs(filter: {ageMonths: \"12\"}) { totalCount } }")), 200, "GRAPHQL_VALIDATION_FAILED");
        // The smallest Int is an Int (SmallRye's own coercing refuses it: graphql/StrictCoercing); the resolver refuses it
        rejected(Http.postJson(Http.body("{ drugs(first: -2147483648) { totalCount } }")), 200, "BAD_USER_INPUT")
                .body("errors[0].message", equalTo("`first` must be 0 or more, got -2147483648"));
        for (String notADate : List.of("June", "-5000-01-01", "+999999999-12-31", "2026-6-1")) {
            rejected(Http.postJson(Http.body("{ factChanges(sinceDate: \"" + notADate + "\") { cursor } }")), 200, "GRAPHQL_VALIDATION_FAILED")
                    .body("errors[0].message", containsString("YYYY-MM-DD"));
            rejected(Http.postJson(Http.body("query($d: Date) { factChanges(sinceDate: $d) { cursor } }", Map.of("d", notADate))),
                    200, "BAD_USER_INPUT");
        }
        // A Float literal beyond a double is infinity: refused as the spec's input coercion says, never passed on
        for (String huge : List.of("1e309", "-1e309", "1" + "0".repeat(310))) {
            rejected(Http.postJson(Http.body("{ drugs(filter: {weightKg: " + huge + "}) { totalCount } }"),
                    "application/graphql-response+json"), 400, "GRAPHQL_VALIDATION_FAILED")
                    .body("errors[0].message", containsString("a Float, a finite number"));
        }
        GraphQL.data("{ drugs(first: 2, filter: {weightKg: 1.5e1}) { totalCount } factChanges(sinceDate: \"2026-06-01\", first: 1) { cursor } }");
    }

    @Test
    void introspectionBeyondGraphqlJavasGoodFaithBoundIsALimitNotAnInternalError() {
        rejected(Http.postJson(Http.body("{ __schema { types { fields { type { fields { name } } } } } }"),
                "application/graphql-response+json"), 400, "LIMIT_EXCEEDED");
    }

    @Test
    void anErrorDoesNotEchoALongInputWhole() {
        String name = "x".repeat(5000);
        GraphQL.post("query($d: String) { factChanges(drug: $d) { cursor } }", Map.of("d", name))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("x".repeat(60) + "…"))
                .body("errors[0].message.length()", org.hamcrest.Matchers.lessThan(300));
    }

    @Test
    void theNulCharacterIsBadUserInput() {
        // FuzzTest found INTERNAL (and a stack trace in the log): PostgreSQL text cannot hold U+0000.
        rejected(Http.postJson(Http.body("query($name: String!) { drug(name: $name) { name } }", Map.of("name", "Rin\u0000voq"))),
                200, "BAD_USER_INPUT").body("errors[0].message", containsString("NUL"));
        rejected(Http.postJson(Http.body("{ search(query: \"a\\u0000b\") { score } }")), 200, "BAD_USER_INPUT");
        rejected(Http.postJson(Http.body("query($f: DrugFilter) { drugs(filter: $f) { totalCount } }",
                Map.of("f", Map.of("text", "x\u0000")))), 200, "BAD_USER_INPUT");
        // an unpaired surrogate (JSON's "\ud800" alone) is no character: it read as '?' in lookups and messages
        rejected(Http.postJson("{\"query\":\"query($name: String!) { drug(name: $name) { name } }\",\"variables\":{\"name\":\"x\\ud800y\"}}"),
                200, "BAD_USER_INPUT").body("errors[0].message", containsString("unpaired surrogate"));
        // in the document graphql-java's parser refuses one
        rejected(Http.postJson("{\"query\":\"{ search(query: \\\"x\\udc00y\\\") { score } }\"}"), 200, "GRAPHQL_PARSE_FAILED");
        GraphQL.data("query($q: String!) { search(query: $q) { score } }", Map.of("q", "dupilumab \uD83D\uDE00"));
    }

    @Test
    void optionsWithAFormBodyIsNotAServerError() {
        // FuzzTest found a 500 (and a stack trace in the log): Vert.x refuses to parse a form body of an OPTIONS.
        io.restassured.RestAssured.given().contentType("application/x-www-form-urlencoded").body("query=x")
                .when().options("/graphql")
                .then().statusCode(204);
    }

    @Test
    void nestedInputObjectsAreEchoedAsGraphQL() {
        // FuzzTest found graphql-java's AST toString() (ObjectValue{objectFields=[ObjectField{...) in this message.
        rejected(Http.postJson(Http.body("{ drugs(filter: {contraindicatedIn: {severity: ABSOLUTE}}) { totalCount } }")),
                200, "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", containsString("with value '{contraindicatedIn: {severity: ABSOLUTE}}'"))
                .body("errors[0].message", not(containsString("Value{")));
    }

    @Test
    void malformedJson() {
        rejected(Http.postJson("{\"query\": \"{ meta { apiVersion } }\""), 400, "BAD_REQUEST")
                .body("errors[0].message", containsString("not valid JSON"));
    }

    @Test
    void bodyThatIsNotAnObject() {
        rejected(Http.postJson("\"{ meta { apiVersion } }\""), 400, "BAD_REQUEST")
                .body("errors[0].message", containsString("JSON object"));
        rejected(Http.postJson("42"), 400, "BAD_REQUEST");
        rejected(Http.postJson("null"), 400, "BAD_REQUEST");
    }

    @Test
    void emptyBody() {
        rejected(Http.postRaw("application/json", new byte[0]), 400, "BAD_REQUEST");
    }

    @Test
    void missingQuery() {
        rejected(Http.postJson("{\"variables\": {}}"), 400, "BAD_REQUEST")
                .body("errors[0].message", containsString("`query`"));
        rejected(given().when().get("/graphql").then(), 400, "BAD_REQUEST");
    }

    @Test
    void queryOfTheWrongType() {
        rejected(Http.postJson("{\"query\": 42}"), 400, "BAD_REQUEST")
                .body("errors[0].message", containsString("`query` must be a string"));
        rejected(Http.postJson("{\"query\": \"{ meta { apiVersion } }\", \"variables\": [1]}"), 400, "BAD_REQUEST");
    }

    @Test
    void syntaxError() {
        rejected(Http.postJson(Http.body("{ meta { apiVersion }")), 200, "GRAPHQL_PARSE_FAILED");
    }

    @Test
    void operationsTheSchemaDoesNotHaveAreNamedPlainly() {
        for (String operation : List.of("mutation { x }", "subscription { x }")) {
            rejected(Http.postJson(Http.body(operation)), 200, "GRAPHQL_VALIDATION_FAILED")
                    .body("errors[0].message", allOf(containsString("operation is not supported"), not(containsString("Validation error"))));
        }
    }

    @Test
    void unknownField() {
        rejected(Http.postJson(Http.body("{ drug(name: \"dupilumab\") { price } }")), 200, "GRAPHQL_VALIDATION_FAILED")
                .body("errors[0].message", containsString("price"));
    }

    @Test
    void wrongVariableType() {
        rejected(Http.postJson(Http.body("query($name: String!) { drug(name: $name) { name } }", Map.of("name", 42))),
                200, "BAD_USER_INPUT")
                .body("errors[0].message", containsString("name"));
    }

    @Test
    void missingRequiredVariable() {
        rejected(Http.postJson(Http.body("query($name: String!) { drug(name: $name) { name } }")), 200, "BAD_USER_INPUT")
                .body("errors[0].message", containsString("name"));
    }

    @Test
    void invalidCursor() {
        Http.postJson(Http.body("{ drugs(after: \"bm90LWEtY3Vyc29y\") { totalCount } }"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
    }

    @Test
    void invalidId() {
        Http.postJson(Http.body("{ node(id: \"'; drop table drug; --\") { id } }"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", not(containsString("SQL")))
                .body("data.node", nullValue());
    }

    @Test
    void oneMegabyteDocument() {
        String query = "{ meta { apiVersion } }" + " ".repeat(1024 * 1024);
        rejected(Http.postJson(Http.body(query)), 413, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("eczemarx.limits.max-body-bytes"));
        // in the media type the client asked for, as every other refusal
        rejected(Http.postJson(Http.body(query), "application/graphql-response+json"), 413, "LIMIT_EXCEEDED")
                .contentType(startsWith("application/graphql-response+json"));
    }

    @Test
    void depth200() {
        String query = "{ drugClasses " + "{ children ".repeat(199) + "{ name }" + " }".repeat(199) + " }";
        rejected(Http.postJson(Http.body(query)), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("eczemarx.limits.max-depth"));
    }

    @Test
    void aliasBomb() {
        rejected(Http.postJson(Http.body(aliases(5000, "apiVersion"))), 413, "LIMIT_EXCEEDED");
        rejected(Http.postJson(Http.body(aliases(2000, "a"))), 200, "LIMIT_EXCEEDED");
        rejected(Http.postJson(Http.body(aliases(500, "a"))), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("500 aliases"));
    }

    private static String aliases(int count, String field) {
        StringBuilder query = new StringBuilder("{ meta {");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": ").append(field);
        }
        return query.append(" } }").toString();
    }

    @Test
    void deeplyNestedFragments() {
        StringBuilder query = new StringBuilder("{ drugClasses { ...F0 } }");
        for (int i = 0; i < 60; i++) {
            query.append(" fragment F").append(i).append(" on DrugClass { children { ...F").append(i + 1).append(" } }");
        }
        query.append(" fragment F60 on DrugClass { name }");
        rejected(Http.postJson(Http.body(query.toString())), 200, "LIMIT_EXCEEDED")
                .body("errors[0].message", containsString("levels deep"));
    }

    @Test
    void batchArrayBody() {
        rejected(Http.postJson("[{\"query\": \"{ meta { apiVersion } }\"}, {\"query\": \"{ meta { dataVersion } }\"}]"),
                400, "BAD_REQUEST")
                .body("errors[0].message", containsString("Batched"));
    }

    @Test
    void nonUtf8Bytes() {
        byte[] prefix = "{\"query\": \"{ drug(name: \\\"".getBytes(StandardCharsets.US_ASCII);
        byte[] suffix = "\\\") { name } }\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xff;
        body[prefix.length + 1] = (byte) 0xfe;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);
        rejected(Http.postRaw("application/json", body), 400, "BAD_REQUEST")
                .body("errors[0].message", containsString("UTF-8"));
    }

    @Test
    void hugeVariablesObject() {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < 20_000; i++) {
            variables.put("v" + i, "x".repeat(20));
        }
        rejected(Http.postJson(Http.body("{ meta { apiVersion } }", variables)), 413, "LIMIT_EXCEEDED");
    }

    @Test
    void deeplyNestedVariables() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        rejected(Http.postJson("{\"query\": \"{ meta { apiVersion } }\", \"variables\": {\"x\": " + nested + "}}"),
                400, "BAD_REQUEST").body("errors[0].message", containsString("beyond what the JSON parser reads"));
        // valid JSON, but a number past the parser's limits: said so, not "not valid JSON"
        rejected(Http.postJson("{\"query\": \"{ meta { apiVersion } }\", \"variables\": {\"x\": " + "9".repeat(1500) + "}}"),
                400, "BAD_REQUEST").body("errors[0].message", containsString("beyond what the JSON parser reads"));
    }

    @Test
    void unsupportedContentType() {
        rejected(Http.postRaw("text/plain", Http.body("{ meta { apiVersion } }").getBytes(StandardCharsets.UTF_8)),
                415, "UNSUPPORTED_MEDIA_TYPE");
        rejected(Http.postRaw("application/graphql", "{ meta { apiVersion } }".getBytes(StandardCharsets.UTF_8)),
                415, "UNSUPPORTED_MEDIA_TYPE");
        rejected(Http.postRaw("application/json; charset=latin1", Http.body("{ meta { apiVersion } }").getBytes(StandardCharsets.UTF_8)),
                415, "UNSUPPORTED_MEDIA_TYPE");
        // a compressed body is not decompressed: refused as such, not read as broken UTF-8
        rejected(given().contentType("application/json").header("Content-Encoding", "gzip")
                .body(Http.body("{ meta { apiVersion } }").getBytes(StandardCharsets.UTF_8)).when().post("/graphql").then(),
                415, "UNSUPPORTED_MEDIA_TYPE").body("errors[0].message", containsString("Content-Encoding 'gzip'"));
        given().contentType("application/json").header("Content-Encoding", "identity").body(Http.body("{ meta { apiVersion } }"))
                .when().post("/graphql").then().statusCode(200);
    }

    @Test
    void malformedGetParameters() {
        rejected(given().queryParam("query", "{ meta { apiVersion } }").queryParam("variables", "{not json")
                .when().get("/graphql").then(), 400, "BAD_REQUEST");
        rejected(given().queryParam("query", "{ meta { apiVersion } }").queryParam("query", "{ meta { dataVersion } }")
                .when().get("/graphql").then(), 400, "BAD_REQUEST");
        // broken UTF-8 is refused as in a POST body, not run with U+FFFD in its place
        rejected(given().urlEncodingEnabled(false).when().get("/graphql?query=%7B%20drug(name%3A%20%22dupi%C3%28%22)%20%7B%20name%20%7D%20%7D")
                .then(), 400, "BAD_REQUEST").body("errors[0].message", containsString("UTF-8"));
    }

    @Test
    void contentTypeJsonWithoutBodyIsNotA500() {
        rejected(given().contentType(ContentType.JSON).when().post("/graphql").then(), 400, "BAD_REQUEST");
    }

    @Test
    void graphiqlsRepeatedJsonContentTypeIsAccepted() {
        // SmallRye's GraphiQL page sends its own Content-Type on top of GraphiQL's: "application/json, application/json"
        given().config(io.restassured.RestAssured.config().encoderConfig(
                        io.restassured.config.EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Content-Type", "application/json, application/json")
                .body("{\"query\": \"{ meta { apiVersion } }\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/graphql").then()
                .statusCode(200)
                .body("data.meta.apiVersion", org.hamcrest.Matchers.notNullValue());
        rejected(Http.postRaw("application/json, text/plain", "{\"query\": \"{ meta { apiVersion } }\"}".getBytes()),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void variableOfTheWrongTypeIsBadUserInputInPlainWords() {
        Http.postJson("{\"query\": \"query($f: Int) { drugs(first: $f) { totalCount } }\", \"variables\": {\"f\": \"ten\"}}")
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.hasSize(1))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("classification")))
                .body("errors[0].message", containsString("\"ten\""))
                .body("errors[0].message", org.hamcrest.Matchers.not(containsString("Value{")));
    }

    @Test
    void literalOfTheWrongTypeNamesTheValueNotAJavaClass() {
        Http.postJson("{\"query\": \"{ drugs(first: \\\"ten\\\") { totalCount } }\"}")
                .statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("\"ten\""))
                .body("errors[0].message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.anyOf(
                        containsString("StringValue"), containsString("SRGQL"), containsString("WrongType"))));
    }

    @Test
    void noErrorCarriesAGraphqlJavaClassification() {
        GraphQL.post("{ node(id: \"abc\") { id } }").body("errors[0].extensions.keySet()", org.hamcrest.Matchers.contains("code"));
    }
}
