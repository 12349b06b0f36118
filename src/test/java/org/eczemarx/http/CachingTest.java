package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;

/** HTTP caching of GET queries: ETag from the data version, 304 on If-None-Match, no caching of errors. */
@QuarkusTest
class CachingTest {

    private static final String QUERY = "{ drug(name: \"abrocitinib\") { name } }";

    @Test
    void successfulGetCarriesAnETagAndMaxAge() {
        Http.get(QUERY)
                .statusCode(200)
                .header("ETag", not(emptyString()))
                .header("Cache-Control", "public, max-age=60")
                .header("Vary", containsString("Accept"));
    }

    @Test
    void ifNoneMatchAnswers304WithoutBody() {
        String etag = Http.get(QUERY).statusCode(200).extract().header("ETag");
        given().queryParam("query", QUERY).header("If-None-Match", etag)
                .when().get("/graphql")
                .then().statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
        given().queryParam("query", QUERY).header("If-None-Match", "W/\"something-else\"")
                .when().get("/graphql")
                .then().statusCode(200)
                .body("data.drug.name", equalTo("abrocitinib"));
    }

    @Test
    void etagDependsOnTheRequest() {
        String one = Http.get(QUERY).extract().header("ETag");
        String other = Http.get("{ drug(name: \"tacrolimus\") { name } }").extract().header("ETag");
        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void etagChangesWhenTheDataVersionChanges() {
        String before = Http.get(QUERY).extract().header("ETag");
        String version = TestDatabase.query("select version from data_version where id = 1");
        try {
            TestDatabase.execute("update data_version set version = '2099.01.01' where id = 1");
            // The service learns of the change by notification (meta/DataVersions): within moments, not instantly.
            String after = eventually(() -> Http.get(QUERY).statusCode(200).extract().header("ETag"), etag -> !etag.equals(before));
            assertThat(after).isNotEqualTo(before);
            given().queryParam("query", QUERY).header("If-None-Match", before)
                    .when().get("/graphql")
                    .then().statusCode(200);
        } finally {
            TestDatabase.execute("update data_version set version = '" + version + "' where id = 1");
        }
        assertThat(eventually(() -> Http.get(QUERY).extract().header("ETag"), before::equals)).isEqualTo(before);
    }

    /** The value once it satisfies the condition, polling for up to 5 s; the last value otherwise. */
    static <T> T eventually(java.util.function.Supplier<T> value, java.util.function.Predicate<T> condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        T last = value.get();
        while (!condition.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = value.get();
        }
        return last;
    }

    @Test
    void errorsAreNeverCached() {
        Http.get("{ drugs(first: 1000) { totalCount } }")
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .header("ETag", nullValue())
                .header("Cache-Control", "no-store");
        Http.get("{ meta { nope } }")
                .header("ETag", nullValue())
                .header("Cache-Control", "no-store");
        // "*" names no answer the client holds: an operation that fails answers its error, not 304
        given().header("If-None-Match", "*").queryParam("query", "{ drugs(first: 1000) { totalCount } }").when().get("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .header("Cache-Control", "no-store");
    }

    @Test
    void introspectionIsNeverCached() {
        Http.get("{ __schema { queryType { name } } }")
                .statusCode(200)
                .body("data.__schema.queryType.name", equalTo("Query"))
                .header("ETag", nullValue())
                .header("Cache-Control", "no-store");
    }

    @Test
    void postIsNeverCached() {
        Http.postJson(Http.body(QUERY))
                .statusCode(200)
                .header("ETag", nullValue())
                .header("Cache-Control", "no-store");
    }

    @Test
    void responsesAreGzippedWhenTheClientAcceptsIt() {
        given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .queryParam("query", "{ drugs(first: 50) { edges { node { name mechanism } } } }")
                .when().get("/graphql")
                .then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }
}
