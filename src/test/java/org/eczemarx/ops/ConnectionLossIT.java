package org.eczemarx.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eczemarx.support.PackagedApp;
import org.eczemarx.support.PostgresTestResource;
import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application while PostgreSQL ends its connections (a restart, a failover, an administrator): it says
 * so in one JSON log line, reconnects and answers again; nothing is printed outside the log format (the SQL client
 * prints a lost connection's stack trace to stderr when nobody handles it).
 */
class ConnectionLossIT {

    private static final PostgresTestResource DATABASE = new PostgresTestResource();
    private static Map<String, String> config;

    @BeforeAll
    static void database() {
        config = DATABASE.start();
    }

    @AfterAll
    static void dropDatabase() {
        DATABASE.stop();
    }

    @Test
    void endedConnectionsAreOneLogLineAndTheAppAnswersAgain() throws Exception {
        try (PackagedApp app = PackagedApp.start("connection-loss", PackagedApp.database(config, null))) {
            assertThat(PackagedApp.within(Duration.ofSeconds(90), () -> app.get("/q/health/ready") == 200))
                    .as("started: %s", app.log()).isTrue();
            assertThat(app.post("{ drug(name: \"Rinvoq\") { name } }").get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

            TestDatabase.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()");

            assertThat(PackagedApp.within(Duration.ofSeconds(10),
                    () -> app.log().contains("Data version notifications: connection lost")))
                    .as("the lost connection is logged: %s", app.log()).isTrue();
            assertThat(PackagedApp.within(Duration.ofSeconds(10), () -> answers(app)))
                    .as("answers again: %s", app.log()).isTrue();
            List<String> lines = app.log().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).as("every line a JSON log record").isNotEmpty().allMatch(line -> line.startsWith("{\""));
        }
    }

    private static boolean answers(PackagedApp app) {
        try {
            var answer = app.post("{ drug(name: \"Rinvoq\") { name } }").get(30, TimeUnit.SECONDS);
            return answer.statusCode() == 200 && answer.body().contains("upadacitinib");
        } catch (Exception e) {
            return false;
        }
    }
}
