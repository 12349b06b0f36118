package org.eczemarx.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;

/**
 * The packaged application logs in production as shipped: one JSON object a line. {@code @QuarkusIntegrationTest}
 * runs the jar in the prod profile and writes its output to {@code target/quarkus.log}.
 */
@QuarkusIntegrationTest
class JsonLogsIT {

    @Test
    void productionLogLinesAreJsonObjects() throws IOException {
        given().when().get("/q/health/ready").then().statusCode(200); // the app is up: its start is logged

        List<String> lines = Files.readAllLines(Path.of("target", "quarkus.log"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        List<JsonObject> records = lines.stream()
                .filter(line -> line.startsWith("{"))
                .map(JsonObject::new)
                .toList();
        assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record.fieldNames())
                .contains("timestamp", "level", "loggerName", "message"));
        assertThat(records).anySatisfy(record -> {
            assertThat(record.getString("loggerName")).isEqualTo("io.quarkus");
            assertThat(record.getString("message")).contains("started in");
        });
        // Nothing in the plain format of dev and tests ("12:00:00 INFO  [io.quarkus] ...").
        assertThat(lines).noneMatch(line -> line.matches("^\\d\\d:\\d\\d:\\d\\d (INFO|WARN|ERROR|DEBUG) .*"));
    }
}
