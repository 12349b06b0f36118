import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build's training run (pom.xml, `package`, after Quarkus has written target/quarkus-app): starts the packaged app
 * the way the README's production command does, against a throwaway database on a PostgreSQL, lets it answer a few
 * nested queries, stops it with SIGTERM, and keeps what the JVM writes as it exits:
 * <ul>
 * <li>{@code app-cds.jsa}: a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}) of the build's JDK, holding the
 * classes of the whole start and first answers (Quarkus' own AppCDS step, off in application.properties, holds only
 * those loaded until static init ends);</li>
 * <li>{@code app.aot}: an AOT cache (JEP 483/515, {@code -XX:AOTCacheOutput}) of a JDK 25 or newer: the build's JDK
 * when it is one, else the JDK at {@code jdk25Home} when it is there; without one, no cache and no failure.</li>
 * </ul>
 * The first run also migrates the fresh database (Flyway), so the cache's run starts on a migrated one, as production
 * does. Without a reachable PostgreSQL nothing is trained and the build goes on (a warning says so). Runs as a single-file program on JDK 17+: {@code java src/build/StartupTraining.java APP_DIR HOST:PORT USER
 * JDK25_HOME [QUARKUS_APPCDS_ENABLED]}.
 */
public class StartupTraining {

    /**
     * The README's production flags (keep them in step: StartupCacheIT checks the README uses the same). Native access
     * for the class path: Netty loads Brotli4j's native library at start, which JDK 24 and newer report in four WARNING
     * lines otherwise; a JDK 25 AOT cache records the option, so training and production must both give it. The cache
     * (and the JDK 17 archive) is mapped where it was written, not relocated: JDK 25 relocates by default, writing a
     * pointer in nearly every page of the 110 MB it maps, so all of it became private memory (peak RSS 364-382 MB
     * against 335-340 MB; the start the same). A diagnostic option, JDK 17's default; see the README, "Production".
     */
    static final List<String> FLAGS = List.of("-Xms32m", "-Xmx160m", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=48m", "-Xss512k", "-XX:MaxDirectMemorySize=32m", "--enable-native-access=ALL-UNNAMED",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    /** Nested queries like the first ones a client sends; distinct, so the response cache does not answer them. */
    static final List<String> QUERIES = List.of(
            "{ drug(name: \\\"Rinvoq\\\") { name drugClass { name parent { name } } brands { name region } targets { action target { symbol name } } monitoring { phase timing rationale test { code name } } adverseEffects { name frequency serious } approvals { region status year minimumAgeMonths condition { code } } } }",
            "{ drug(name: \\\"dupilumab\\\") { name drugClass { name } targets { target { symbol } } approvals { region status year } } }",
            "{ drugs(first: 100) { nodes { name drugClass { name } targets { target { symbol } } } } }",
            "{ targets(first: 100) { nodes { symbol drugs { drug { name monitoring { phase test { code name } } } } } } }",
            "{ monitoringPlan(drugNames: [\\\"Rinvoq\\\", \\\"ciclosporin\\\"]) { __typename } }",
            "{ search(query: \\\"tacro\\\", first: 10) { __typename } }");

    /**
     * Flags of the JDK 25 training run alone: no adapters in the cache. JDK 25 finds the cache's adapters by a hash of
     * their signature, which can collide; the production start then prints two warning lines that are not JSON
     * ("Saved blob's name ... is different from the expected name", "Failed to link AdapterHandlerEntry"), fixed in
     * JDK 26 by openjdk/jdk#27553 (JDK-8364929). Without stored adapters a start makes them as before (the same start
     * time measured). StartupCacheIT fails when the production start prints a warning.
     */
    static final List<String> AOT_TRAINING_FLAGS = List.of("-XX:-AOTAdapterCaching"); // diagnostic: unlocked in FLAGS

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]).toAbsolutePath();
        String server = args.length > 1 ? args[1] : "127.0.0.1:5432";
        String user = args.length > 2 ? args[2] : "postgres";
        Path jdk25 = args.length > 3 && !args[3].isBlank() ? Path.of(args[3]) : null;
        long started = System.nanoTime();
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            say("no " + app.resolve("quarkus-run.jar") + ": nothing to train");
            return;
        }
        Path buildJava = Path.of(System.getProperty("java.home"), "bin", "java");
        Path aotJava = Runtime.version().feature() >= 25 ? buildJava
                : jdk25 != null && Files.isExecutable(jdk25.resolve("bin/java")) ? jdk25.resolve("bin/java") : null;

        Path skipped = app.getParent().resolve("startup-training.skipped"); // read by StartupCacheIT
        Files.deleteIfExists(skipped);
        // Quarkus' own archive, when its step was turned on (-Dquarkus.package.jar.appcds.enabled=true), is kept as
        // target/app-cds-quarkus.jsa for bench/startup.sh's comparison. Those of an earlier build hold other jars.
        Path quarkusArchive = app.getParent().resolve("app-cds-quarkus.jsa");
        Files.deleteIfExists(quarkusArchive);
        boolean quarkusAppCds = args.length > 4 && args[4].equals("true");
        if (quarkusAppCds && Files.exists(app.resolve("app-cds.jsa"))) {
            Files.move(app.resolve("app-cds.jsa"), quarkusArchive);
        }
        Files.deleteIfExists(app.resolve("app-cds.jsa"));
        Files.deleteIfExists(app.resolve("app.aot"));
        Driver driver = driver(app);
        String database = "eczemarx_train_" + ProcessHandle.current().pid() + "_" + (System.currentTimeMillis() % 100000);
        try {
            sql(driver, server, user, "create database " + database);
        } catch (Exception e) {
            Files.writeString(skipped, "no PostgreSQL at " + server + " for user " + user + "\n");
            warn("no PostgreSQL at " + server + " for user " + user + " (" + e.getMessage().lines().findFirst().orElse("")
                    + "): no app-cds.jsa and no app.aot are trained, and the app starts without them. Set"
                    + " -Dtraining.db.server=host:port -Dtraining.db.user=... to train against another server.");
            return;
        }
        try {
            // The second run starts once the first has answered (and migrated the database), while the first one
            // answers the rest and writes its archive: the two overlap.
            String dbUrl = server + "/" + database;
            Run cds = Run.start(buildJava, app, dbUrl, user, "-XX:ArchiveClassesAtExit=", "app-cds.jsa");
            Run aot = null;
            try {
                cds.awaitFirstAnswer();
                if (aotJava != null) {
                    aot = Run.start(aotJava, app, dbUrl, user, "-XX:AOTCacheOutput=", "app.aot");
                } else {
                    say("no JDK 25 (looked for the build's JDK, then " + jdk25 + "): no app.aot");
                }
                cds.finish();
                if (aot != null) {
                    aot.awaitFirstAnswer();
                    aot.finish();
                }
            } finally {
                cds.stop();
                if (aot != null) {
                    aot.stop();
                }
            }
        } finally {
            sql(driver, server, user, "drop database if exists " + database + " with (force)");
        }
        say(String.format("done in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    /** A training run: started, and once it answered, exercised, stopped, and its file kept. */
    record Run(Process process, int port, Path log, Path written, String name, String flag, Path java, Path app, long t0) {

        static Run start(Path java, Path app, String dbUrl, String user, String flag, String name) throws IOException {
            Path written = app.resolve(name + ".training");
            Files.deleteIfExists(written);
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(java.toString());
            command.addAll(FLAGS);
            if (flag.equals("-XX:AOTCacheOutput=")) {
                command.addAll(AOT_TRAINING_FLAGS);
            }
            command.add(flag + written.getFileName());
            command.addAll(List.of("-jar", "quarkus-run.jar"));
            Path log = app.getParent().resolve("startup-training-" + name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(Map.of("DB_URL", dbUrl, "DB_USER", user, "DB_PASSWORD", "",
                    "ID_SECRET", "startup-training", "QUARKUS_HTTP_HOST", "127.0.0.1", "QUARKUS_HTTP_PORT",
                    String.valueOf(port), "QUARKUS_SHUTDOWN_DELAY", "0S", "MALLOC_ARENA_MAX", "2"));
            return new Run(builder.start(), port, log, written, name, flag, java, app, System.nanoTime());
        }

        /** Until the first nested query is answered (the database is migrated by then). */
        void awaitFirstAnswer() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!answers(port, QUERIES.get(0))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the training start of " + name + " did not answer; see " + log);
                }
                Thread.sleep(50);
            }
        }

        /** The health probes a Kubernetes kubelet sends, the queries a few times, SIGTERM, then the file is kept. */
        void finish() throws Exception {
            try {
                for (String probe : List.of("/q/health/started", "/q/health/live", "/q/health/ready")) {
                    HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe)).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                for (int round = 0; round < 3; round++) {
                    for (String query : QUERIES) {
                        if (!answers(port, query)) {
                            throw new IllegalStateException("the training start of " + name + " failed " + query + "; see " + log);
                        }
                    }
                }
            } finally {
                stop(); // SIGTERM: the JVM writes the archive or cache as it exits
            }
            if (!Files.exists(written) || Files.size(written) == 0) {
                throw new IllegalStateException(java + " " + flag + " wrote no " + written + "; see " + log);
            }
            Files.move(written, app.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            say(String.format("%s trained with %s in %.1f s (%d MB)", app.resolve(name), java, (System.nanoTime() - t0) / 1e9,
                    Files.size(app.resolve(name)) >> 20));
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static boolean answers(int port, String query) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().startsWith("{\"data\"") && !response.body().contains("\"errors\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** PostgreSQL's JDBC driver from the packaged app's own libraries. */
    static Driver driver(Path app) throws Exception {
        Path jar;
        try (Stream<Path> libs = Files.list(app.resolve("lib/main"))) {
            jar = libs.filter(p -> p.getFileName().toString().startsWith("org.postgresql.postgresql-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL driver in " + app.resolve("lib/main")));
        }
        ClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, StartupTraining.class.getClassLoader());
        return (Driver) Class.forName("org.postgresql.Driver", true, loader).getDeclaredConstructor().newInstance();
    }

    static void sql(Driver driver, String server, String user, String statement) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("connectTimeout", "5");
        try (Connection connection = driver.connect("jdbc:postgresql://" + server + "/postgres", properties);
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void say(String message) {
        System.out.println("[INFO] [startup-training] " + message);
    }

    static void warn(String message) {
        System.out.println("[WARNING] [startup-training] " + message);
    }
}
