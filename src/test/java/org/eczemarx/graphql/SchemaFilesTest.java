package org.eczemarx.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed {@code schema.graphql} and the served {@code /graphql/schema.graphql} load in SDL tools as they are:
 * graphql-java's SDL parser and schema generator (which refuse an undeclared type), and the client tools of
 * {@code src/test/sdl-tools} (graphql-js, relay-compiler, graphql-codegen), where {@code npm ci} installed them.
 */
@QuarkusTest
class SchemaFilesTest {

    private static final Path TOOLS = Path.of("src/test/sdl-tools");

    private static Map<String, String> files() {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        try {
            return Map.of("schema.graphql", Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8),
                    "/graphql/schema.graphql", served);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bothFilesAreValidSdlWithDescribedScalarsAndIntCounts() {
        files().forEach((name, sdl) -> {
            GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
            for (GraphQLScalarType scalar : schema.getAllTypesAsList().stream().filter(GraphQLScalarType.class::isInstance)
                    .map(GraphQLScalarType.class::cast).filter(type -> !ScalarInfo.isGraphqlSpecifiedScalar(type)).toList()) {
                assertThat(scalar.getDescription()).as("%s: scalar %s is described", name, scalar.getName()).isNotBlank();
            }
            assertThat(schema.getDirective("specifiedBy")).as(name).isNotNull();
            assertThat(sdl).as(name).contains("scalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")");
            for (String connection : List.of("DrugConnection", "TargetConnection")) {
                assertThat(((GraphQLNonNull) ((GraphQLObjectType) schema.getType(connection)).getFieldDefinition("totalCount")
                        .getType()).getWrappedType()).as("%s: %s.totalCount", name, connection).hasFieldOrPropertyWithValue("name", "Int");
            }
        });
    }

    @Test
    void graphqlJsRelayCompilerAndGraphqlCodegenLoadBothFiles() throws Exception {
        if (!Files.isDirectory(TOOLS.resolve("node_modules"))) {
            Assumptions.abort("graphql-js, relay-compiler and graphql-codegen are not installed (npm ci --prefix src/test/sdl-tools;"
                    + " .ci/run does): the schema files were loaded with graphql-java only"); // said in the output: support/SkippedTestsSayWhy
        }
        for (Map.Entry<String, String> file : files().entrySet()) {
            Path copy = Files.createTempFile("eczemarx-schema", ".graphql");
            Files.writeString(copy, file.getValue(), StandardCharsets.UTF_8);
            Path log = Files.createTempFile("eczemarx-sdl-tools", ".log");
            Process node = new ProcessBuilder("node", "check.mjs", copy.toAbsolutePath().toString())
                    .directory(TOOLS.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(node.waitFor(180, TimeUnit.SECONDS)).as("the tools finished").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(node.exitValue()).as("%s in the client tools:%n%s", file.getKey(), output).isZero();
            assertThat(output).contains("graphql-js: schema valid", "relay-compiler: compiled", "graphql-codegen: TypeScript types generated");
            Files.delete(copy);
            Files.delete(log);
        }
    }
}
