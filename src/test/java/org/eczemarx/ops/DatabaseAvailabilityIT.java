package org.eczemarx.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eczemarx.meta.DataVersions;
import org.eczemarx.support.PackagedApp;
import org.eczemarx.support.PostgresTestResource;
import org.eczemarx.support.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The packaged application and a database that is not always there. At start: it says so and keeps trying (Flyway's
 * connect retries, about a minute by default), starts as soon as the database is there (migrating the empty database
 * it finds), and gives up with a clear message and exit status 1 when the retries run out; the database is "away"
 * behind a {@link TcpProxy} that is not listening yet. In operation: when PostgreSQL ends its connections (a restart,
 * a failover, an administrator) it says so in one JSON log line, reconnects and answers again; nothing is printed
 * outside the log format (the SQL client prints a lost connection's stack trace to stderr when nobody handles it).
 * The tests run two at a time (each has its own proxy and process, and most of their time is spent waiting): about
 * 26 s where one after the other took 36-41 s (four at a time took as long: five JVMs starting on two cores). The class
 * itself runs alone, as every class does: with the mode on the class rather than on its tests, the class also ran beside
 * the others, and JUnit's {@code @Isolated} runs its tests one after the other.
 */
class DatabaseAvailabilityIT {

    private static final PostgresTestResource DATABASE = new PostgresTestResource();
    /** An empty database, which the application migrates once it comes. */
    private static final PostgresTestResource EMPTY = new PostgresTestResource(false);
    private static Map<String, String> config;
    private static Map<String, String> emptyConfig;

    @BeforeAll
    static void database() {
        config = DATABASE.start();
        emptyConfig = EMPTY.start();
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.stop();
        EMPTY.stop();
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void itKeepsTryingAndStartsWhenTheDatabaseComesAndMigratesIt() throws Exception {
        URI target = target(emptyConfig);
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort(), false);
                PackagedApp app = PackagedApp.start("database-at-start",
                        environment(emptyConfig, proxy, Map.of("QUARKUS_FLYWAY_CONNECT_RETRIES_INTERVAL", "1S")))) {
            assertThat(PackagedApp.within(Duration.ofSeconds(60), () -> app.log().contains("Retrying in")))
                    .as("a retry is logged: %s", app.log()).isTrue();
            assertThat(app.log()).contains("Connection error", "refused");
            assertThat(app.log()).as("one line that says what to check, before the retries")
                    .contains("EczemaRx: cannot reach PostgreSQL at 127.0.0.1:" + proxy.port(), "are the host and port in DB_URL right?");
            assertThat(app.process().isAlive()).isTrue();
            assertThat(app.get("/q/health/live")).as("not serving before the database is there").isEqualTo(-1);

            proxy.restore();
            assertThat(PackagedApp.within(Duration.ofSeconds(90), () -> app.get("/q/health/ready") == 200))
                    .as("ready once the database came: %s", app.log()).isTrue();
            assertThat(app.log()).as("the empty database is migrated").contains("Successfully applied");
            var answer = app.post("{ drug(name: \"Rinvoq\") { name } }").get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"name\":\"upadacitinib\"");
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void itGivesUpWithAClearMessageAndExitStatus1WhenTheRetriesRunOut() throws Exception {
        URI target = target(config);
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort(), false);
                PackagedApp app = PackagedApp.start("database-never-there",
                        environment(config, proxy, Map.of("QUARKUS_FLYWAY_CONNECT_RETRIES", "1")))) {
            assertThat(app.process().waitFor(90, TimeUnit.SECONDS)).as("exited: %s", app.log()).isTrue();
            assertThat(app.process().exitValue()).isEqualTo(1);
            assertThat(app.log()).contains("Retrying in 1 sec", "Unable to obtain connection from database",
                    "Connection to 127.0.0.1:" + proxy.port() + " refused");
            assertThat(app.log()).as("it ends with one line, no stack trace")
                    .contains("EczemaRx cannot start: cannot reach PostgreSQL at 127.0.0.1:" + proxy.port())
                    .doesNotContain("\tat ", "\\tat ");
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aMissingDatabaseOrUnknownUserIsOneClearLineAtOnce() throws Exception {
        Map<String, String> database = PackagedApp.database(config, null);
        String server = database.get("DB_URL").substring(0, database.get("DB_URL").indexOf('/'));
        Map<String, Map<String, String>> cases = Map.of(
                "database 'no_such_database' does not exist on the PostgreSQL at " + server + ": create it",
                Map.of("DB_URL", server + "/no_such_database"),
                "PostgreSQL at " + server + " refused user 'no_such_user'",
                Map.of("DB_USER", "no_such_user"));
        Map<String, PackagedApp> apps = new HashMap<>();
        try {
            for (var expected : cases.entrySet()) { // both at once
                Map<String, String> environment = new HashMap<>(database);
                environment.putAll(expected.getValue());
                apps.put(expected.getKey(), PackagedApp.start("database-misconfigured-" + apps.size(), environment));
            }
            for (var started : apps.entrySet()) {
                PackagedApp app = started.getValue();
                assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).as("exited at once: %s", app.log()).isTrue();
                assertThat(app.process().exitValue()).isEqualTo(1);
                assertThat(app.log()).contains("EczemaRx cannot start: " + started.getKey())
                        .doesNotContain("Retrying", "\tat ", "\\tat ", "Exception");
            }
        } finally {
            for (PackagedApp app : apps.values()) {
                app.close();
            }
        }
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void endedConnectionsAreOneLogLineAndTheAppAnswersAgain() throws Exception {
        try (PackagedApp app = PackagedApp.start("connection-loss", PackagedApp.database(config, null))) {
            // The very first answer is measured with the database's list lengths, read before the port opens: this chain
            // of links (2.3 MB of JSON) is refused. Read after the port opened, the lengths were missing for the first
            // requests: this caught that in about half of the starts (a race), and cannot fail while they are read first
            assertThat(firstAnswer(app)).as("the first answer: %s", app.log())
                    .contains("LIMIT_EXCEEDED", "the longest such list in the knowledge base");
            assertThat(PackagedApp.within(Duration.ofSeconds(90), () -> app.get("/q/health/ready") == 200))
                    .as("started: %s", app.log()).isTrue();
            assertThat(answers(app)).isTrue();
            assertThat(PackagedApp.within(Duration.ofSeconds(10), DatabaseAvailabilityIT::listening))
                    .as("the data-version listener is connected: %s", app.log()).isTrue();

            try (Connection connection = DATABASE.connect()) {
                connection.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where datname = current_database() and pid <> pg_backend_pid()");
            }

            assertThat(PackagedApp.within(Duration.ofSeconds(10),
                    () -> app.log().contains("Data version notifications: connection lost")))
                    .as("the lost connection is logged: %s", app.log()).isTrue();
            assertThat(PackagedApp.within(Duration.ofSeconds(10), () -> answers(app)))
                    .as("answers again: %s", app.log()).isTrue();
            List<String> lines = app.log().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).as("every line a JSON log record").isNotEmpty().allMatch(line -> line.startsWith("{\""));
        }
    }

    private static boolean listening() {
        try (Connection connection = DATABASE.connect(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from pg_stat_activity where datname = current_database() and application_name = ?")) {
            statement.setString(1, DataVersions.APPLICATION_NAME);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getInt(1) > 0;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** The answer to the chain, sent every 5 ms until the port opens (so it is among the first requests); null after 90 s. */
    private static String firstAnswer(PackagedApp app) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && app.process().isAlive()) {
            try {
                return app.post("{ labTests { requirements { drug { monitoring { test { requirements { drug { mechanism } } } } } } } }")
                        .get(30, TimeUnit.SECONDS).body();
            } catch (ExecutionException | TimeoutException notListening) {
                Thread.sleep(5);
            }
        }
        return null;
    }

    private static boolean answers(PackagedApp app) {
        try {
            var answer = app.post("{ drug(name: \"Rinvoq\") { name } }").get(30, TimeUnit.SECONDS);
            return answer.statusCode() == 200 && answer.body().contains("upadacitinib");
        } catch (Exception e) {
            return false;
        }
    }

    private static URI target(Map<String, String> config) {
        return URI.create(config.get("quarkus.datasource.jdbc.url").substring("jdbc:".length()));
    }

    private static Map<String, String> environment(Map<String, String> config, TcpProxy proxy, Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(PackagedApp.database(config, "127.0.0.1:" + proxy.port()));
        environment.putAll(more);
        return environment;
    }
}
