package org.eczemarx.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The live schema must equal the committed {@code schema.graphql}, so every API change is deliberate and reviewed.
 * After an intended change: {@code ./mvnw test -Dtest=SchemaSnapshotTest -Dschema.update=true}, then commit the file.
 */
@QuarkusTest
class SchemaSnapshotTest {

    private static final Path SNAPSHOT = Path.of("schema.graphql");

    @Test
    void liveSchemaMatchesTheCommittedSnapshot() throws IOException {
        String live = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(SNAPSHOT, live, StandardCharsets.UTF_8);
        }
        assertThat(SNAPSHOT).as("schema.graphql at the repository top level").exists();
        assertThat(live)
                .as("The live schema differs from schema.graphql. If the change is intended (deprecate, don't remove),"
                        + " run ./mvnw test -Dtest=SchemaSnapshotTest -Dschema.update=true and commit schema.graphql")
                .isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }
}
