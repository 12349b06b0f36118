package org.eczemarx.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eczemarx.support.PackagedApp;
import org.eczemarx.support.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's production commands, read from the README and run as written from {@code target/quarkus-app}, start
 * from what {@code package} trained: the JVM opens the archive or cache ({@code -Xlog:cds}, {@code -Xlog:aot}) and
 * loads nearly every class of the start and first answer of a nested query from it ({@code -Xlog:class+load}); an
 * archive of the static init only (Quarkus' AppCDS), a stale one or one the JVM cannot find fails this. The JDK 17
 * command (app-cds.jsa) runs with the JDK that runs the tests, the JDK 25 one (app.aot) with {@code jdk25.home} when it
 * is there. The Dockerfile starts the same way.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupCacheIT {

    private static final Path APP = Path.of("target", "quarkus-app").toAbsolutePath();
    private static final String NESTED = "{ drug(name: \"Rinvoq\") { name drugClass { name parent { name } } "
            + "targets { action target { symbol name } } approvals { region status year condition { code } } } }";
    /** Classes of the start and first answer that the JVM loads from the archive or cache, at least. */
    private static final double SHARED_AT_LEAST = 0.9;

    /** An empty database: the first start migrates it, as the training run did; the second starts on it migrated. */
    private static final PostgresTestResource DATABASE = new PostgresTestResource(false);
    private static Map<String, String> environment;

    @BeforeAll
    static void database() throws IOException {
        String nativeImage = System.getProperty("native.image.path", "");
        Assumptions.assumeFalse(!nativeImage.isEmpty() && Files.exists(Path.of(nativeImage)),
                "a native build (-Dnative) has no class archive to use");
        Path skipped = Path.of("target", "startup-training.skipped");
        Assumptions.assumeFalse(Files.exists(skipped), () -> "the build trained nothing: " + read(skipped));
        Map<String, String> config = DATABASE.start();
        environment = new HashMap<>(PackagedApp.database(config, null));
        environment.put("ID_SECRET", "startup-cache-it");
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.put("QUARKUS_SHUTDOWN_DELAY", "0S"); // (delay-enabled is fixed at build time)
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.stop();
    }

    @Test
    @Order(1)
    void theJdk17CommandUsesTheArchiveTheBuildTrained() throws Exception {
        List<String> command = readmeCommand("-XX:SharedArchiveFile=app-cds.jsa");
        assertThat(command.get(0)).as("the JDK 17 command runs the default java").isEqualTo("java");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // The first start also migrates the fresh database, as the training run did.
        Run run = run("startup-cache-jdk" + Runtime.version().feature(), java, command, "-Xlog:cds");
        assertThat(run.log).as("the archive is opened").contains("Opened archive app-cds.jsa.")
                .doesNotContain("Unable to use shared archive", "An error has occurred while processing the shared archive")
                .as("the JVM warns of nothing").doesNotContain("[warning]");
        run.assertMostClassesShared();
    }

    @Test
    @Order(2)
    void theJdk25CommandUsesTheCacheTheBuildTrained() throws Exception {
        List<String> command = readmeCommand("-XX:AOTCache=app.aot");
        Path jdk25 = Path.of(System.getProperty("jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        Assumptions.assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), () -> "no JDK 25 at " + jdk25);
        assertThat(command.get(0)).as("the README names the JDK 25").endsWith("/bin/java").contains("25");
        Run run = run("startup-cache-jdk25", jdk25.resolve("bin/java"), command, "-Xlog:aot");
        assertThat(run.log).as("the cache is opened").contains("Opened AOT cache app.aot.")
                .as("mapped where it was written (README: relocation costs 25-40 MB of RSS)")
                .contains("ArchiveRelocationMode: 0")
                .doesNotContain("Unable to use AOT cache", "An error has occurred while processing the AOT cache")
                // JDK 25's adapter lookup by signature hash (JDK-8364929) printed two warnings here: the training
                // stores no adapters (StartupTraining.AOT_TRAINING_FLAGS)
                .as("the JVM warns of nothing").doesNotContain("[warning]");
        run.assertMostClassesShared();
    }

    @Test
    void theBuildTheDockerfileAndTheReadmeAgreeOnTheFlags() throws IOException {
        List<String> aot = readmeCommand("-XX:AOTCache=app.aot");
        List<String> cds = readmeCommand("-XX:SharedArchiveFile=app-cds.jsa");
        List<String> flags = aot.subList(1, aot.size()).stream().filter(f -> !f.startsWith("-XX:AOTCache=")).toList();
        assertThat(cds.subList(1, cds.size())).as("the same flags on JDK 17 and 25, but the archive")
                .containsExactlyElementsOf(withArchive(flags, "-XX:SharedArchiveFile=app-cds.jsa"));
        String training = Files.readString(Path.of("src", "build", "StartupTraining.java"), StandardCharsets.UTF_8);
        assertThat(flags).as("the training run starts with the production flags")
                .allSatisfy(flag -> assertThat(training).contains("\"" + flag + "\""));
        String dockerfile = Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm"), StandardCharsets.UTF_8);
        assertThat(dockerfile).as("the image starts with the cache").contains("\"-XX:AOTCache=app.aot\"")
                .contains("target/quarkus-app/app.aot");
        assertThat(flags).allSatisfy(flag -> assertThat(dockerfile).contains("\"" + flag + "\""));
    }

    private static List<String> withArchive(List<String> flags, String archive) {
        List<String> all = new ArrayList<>(flags);
        all.add(archive);
        return all;
    }

    /** The README's production command that holds {@code archiveFlag}: the java executable, then its options. */
    static List<String> readmeCommand(String archiveFlag) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Production\n");
        assertThat(start).as("README has a Production section").isPositive();
        String section = readme.substring(start + 1);
        section = section.substring(0, section.indexOf("\n## ", 1) < 0 ? section.length() : section.indexOf("\n## ", 1));
        List<List<String>> found = new ArrayList<>();
        Matcher block = Pattern.compile("```shell\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
                List<String> words = Arrays.stream(line.trim().split("\\s+")).toList();
                int jar = words.indexOf("quarkus-run.jar");
                if (jar < 2 || !words.get(jar - 1).equals("-jar") || !words.contains(archiveFlag)) {
                    continue;
                }
                int java = 0;
                while (!(words.get(java).equals("java") || words.get(java).endsWith("/java"))) {
                    java++;
                }
                found.add(words.subList(java, jar - 1));
            }
        }
        assertThat(found).as("one production command with %s in README's Production section", archiveFlag).hasSize(1);
        return found.get(0);
    }

    /** Runs the command's options with {@code java} from target/quarkus-app until it answered a nested query. */
    private static Run run(String name, Path java, List<String> command, String archiveLog) throws Exception {
        Path classes = Path.of("target", name + "-classes.log").toAbsolutePath();
        Files.deleteIfExists(classes);
        List<String> full = new ArrayList<>();
        full.add(java.toString());
        full.addAll(command.subList(1, command.size()));
        full.addAll(List.of(archiveLog, "-Xlog:class+load=info:file=" + classes, "-jar", "quarkus-run.jar"));
        String log;
        try (PackagedApp app = PackagedApp.start(name, full, APP, environment)) {
            assertThat(PackagedApp.within(Duration.ofSeconds(180), () -> app.get("/q/health/ready") == 200 || !app.process().isAlive()))
                    .as("started: %s", app.log()).isTrue();
            var answer = app.post(NESTED).get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"name\":\"upadacitinib\"").doesNotContain("\"errors\"");
            log = app.log();
        }
        return new Run(log, Files.readAllLines(classes, StandardCharsets.UTF_8));
    }

    private record Run(String log, List<String> classes) {
        void assertMostClassesShared() {
            List<String> loaded = classes.stream().filter(line -> line.contains(" source: ")).toList();
            long shared = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
            assertThat(loaded).as("classes loaded").hasSizeGreaterThan(5000);
            assertThat((double) shared / loaded.size())
                    .as("share of the %d classes loaded from the archive or cache (%d)", loaded.size(), shared)
                    .isGreaterThanOrEqualTo(SHARED_AT_LEAST);
            // The application's own classes, up to the first answer's resolvers, come from it too.
            assertThat(loaded.stream().filter(line -> line.contains(" org.eczemarx.") && line.contains("quarkus-app")))
                    .as("application classes not from the archive").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return file.toString();
        }
    }
}
