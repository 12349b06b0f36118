package org.eczemarx.download;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The bulk downloads as a researcher gets them: the index, the JSON, a CSV per table, checksums, caching. */
@QuarkusTest
class DownloadTest {

    @Test
    void theJsonDownloadHoldsWhatTheApiServesWithItsVersionChecksumAndDisclaimer() {
        JsonPath index = given().get("/downloads").then().statusCode(200).extract().jsonPath();
        JsonPath api = GraphQL.data("{ meta { dataVersion disclaimer } drugs { totalCount } targets { totalCount } labTests { code } }");
        String version = api.getString("data.meta.dataVersion");
        assertThat(index.getString("dataVersion")).isEqualTo(version);
        assertThat(index.getString("disclaimer")).isEqualTo(api.getString("data.meta.disclaimer"));

        String name = "eczemarx-" + version + ".json";
        Map<String, Object> entry = index.getMap("files.find { it.name == '" + name + "' }");
        Response download = given().get((String) entry.get("url")).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").extract().response();
        byte[] body = download.asByteArray();
        assertThat(DownloadRoutes.sha256(body)).isEqualTo(entry.get("sha256"));
        assertThat(body.length).isEqualTo(entry.get("bytes"));

        JsonPath json = new JsonPath(new String(body, StandardCharsets.UTF_8));
        assertThat(json.getString("dataVersion")).isEqualTo(version);
        assertThat(json.getString("disclaimer")).isNotBlank();
        assertThat(json.getInt("counts.drug")).isEqualTo(api.getInt("data.drugs.totalCount"));
        assertThat(json.getInt("counts.target")).isEqualTo(api.getInt("data.targets.totalCount"));
        assertThat(json.getInt("counts.lab_test")).isEqualTo(api.getList("data.labTests").size());
        assertThat(json.getList("tables.drug.name", String.class)).contains("upadacitinib", "dupilumab");
        assertThat(json.getMap("counts")).doesNotContainKeys("flyway_schema_history", "fact_change", "drug_name_lookup");
    }

    @Test
    void everyTableIsACsvWithAHeaderAndOneLinePerRow() {
        JsonPath index = given().get("/downloads").then().statusCode(200).extract().jsonPath();
        String version = index.getString("dataVersion");
        String csv = given().get("/downloads/eczemarx-" + version + "-drug.csv").then().statusCode(200)
                .contentType("text/csv; charset=utf-8").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("id,name,");
        assertThat(lines).hasSize(1 + index.getInt("counts.drug"));
        String dictionary = given().get("/downloads/eczemarx-" + version + "-dictionary.csv").then().statusCode(200).extract().asString();
        assertThat(dictionary).contains("drug,name,text,NO".replace(",NO", ",false"));
        assertThat(index.getList("files.name", String.class)).contains("eczemarx-" + version + "-approval.csv");
    }

    @Test
    void headGivesTheHeadersOfGetAndCompressionAndWeakTagsWork() {
        String version = given().get("/downloads").then().extract().jsonPath().getString("dataVersion");
        String url = "/downloads/eczemarx-" + version + "-drug.csv";
        Response get = given().get(url).then().statusCode(200).extract().response();
        Response head = given().head(url).then().statusCode(200).extract().response();
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.asByteArray()).isEmpty();
        assertThat(head.header("Content-Length")).as("HEAD names the length").isEqualTo(String.valueOf(get.asByteArray().length));
        assertThat(get.header("ETag")).as("one tag for the plain and the compressed body: weak").startsWith("W/\"");
        assertThat(get.header("Vary")).as("the CORS answer depends on Origin").contains("Accept-Encoding", "Origin");
        given().head("/downloads").then().statusCode(200);
        given().options(url).then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
        given().options("/downloads").then().statusCode(204).header("Allow", "GET, HEAD, OPTIONS");
        given().head("/downloads/eczemarx-1999.01.01.json").then().statusCode(404);
        // RFC 9110: If-None-Match compares weakly, and * matches any current file
        given().header("If-None-Match", get.header("ETag").substring(2)).get(url).then().statusCode(304);
        given().header("If-None-Match", "*").get(url).then().statusCode(304);
        // compressed when the client accepts it (RestAssured decodes it)
        Response gzipped = given().header("Accept-Encoding", "gzip").get(url).then().statusCode(200).extract().response();
        assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(gzipped.asString()).isEqualTo(get.asString());
    }

    @Test
    void anUnchangedFileIsNotSentAgainAndAnOldVersionNamesTheCurrentOne() {
        String version = given().get("/downloads").then().extract().jsonPath().getString("dataVersion");
        String url = "/downloads/eczemarx-" + version + ".json";
        String etag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304);
        given().get("/downloads/eczemarx-1999.01.01.json").then().statusCode(404)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(version));
    }
}
