package org.eczemarx.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package} before the *IT tests
 * run) started as operators start it, with environment variables, for tests of what happens around a process: start,
 * stop signals, a database that is not there yet. Its output goes to {@code target/<name>.log}.
 */
public final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar with the given environment (added to this JVM's) on a free loopback port. */
    public static PackagedApp start(String name, Map<String, String> environment) {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " does not exist: run `./mvnw package` first (`verify` does)");
        }
        // From its folder with the archive the build trained (for this JDK), as the README starts it: a start in about
        // a third of the time. Without one (a build that trained nothing) it starts without.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        if (Runtime.version().feature() == 17 && Files.exists(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        return start(name, command, jar.getParent(), environment);
    }

    /**
     * Starts a command (a {@code java ... -jar quarkus-run.jar}) in {@code directory} (null: this one) with the given
     * environment (added to this JVM's) on a free loopback port.
     */
    public static PackagedApp start(String name, List<String> command, Path directory, Map<String, String> environment) {
        int port = freePort();
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            return new PackagedApp(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment that points the application at the database of a {@link PostgresTestResource} start. */
    public static Map<String, String> database(Map<String, String> testResourceConfig, String hostPort) {
        String jdbc = testResourceConfig.get("quarkus.datasource.jdbc.url");
        String path = URI.create(jdbc.substring("jdbc:".length())).getPath();
        String fallback = URI.create(jdbc.substring("jdbc:".length())).getAuthority();
        return Map.of("DB_URL", (hostPort == null ? fallback : hostPort) + path,
                "DB_USER", testResourceConfig.get("quarkus.datasource.username"),
                "DB_PASSWORD", testResourceConfig.get("quarkus.datasource.password"));
    }

    public Process process() {
        return process;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public int get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A GraphQL POST, answered asynchronously. */
    public CompletableFuture<HttpResponse<String>> post(String query) {
        String body = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return HTTP.sendAsync(HttpRequest.newBuilder(uri("/graphql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls every 100 ms until the condition holds; false when it did not within the bound. */
    public static boolean within(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
