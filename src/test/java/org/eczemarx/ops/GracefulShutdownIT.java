package org.eczemarx.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eczemarx.support.PackagedApp;
import org.eczemarx.support.PostgresTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to the packaged application (what {@link Process#destroy()} sends on Linux): readiness goes DOWN first while
 * requests are still answered, requests in flight finish, then the process exits with status 0. Requests are kept in
 * flight deterministically by a lock the test holds on the {@code drug} table until the shutdown is under way.
 */
class GracefulShutdownIT {

    private static final PostgresTestResource DATABASE = new PostgresTestResource();
    private static final Duration DELAY = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(15); // application.properties
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
    void readinessGoesDownFirstRequestsInFlightFinishAndTheProcessExits0() throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(PackagedApp.database(config, null));
        environment.put("QUARKUS_SHUTDOWN_DELAY", DELAY.toSeconds() + "S");
        environment.put("ECZEMARX_RATE_LIMIT_ENABLED", "false");
        try (PackagedApp app = PackagedApp.start("graceful-shutdown", environment);
                Connection lock = DATABASE.connect()) {
            assertThat(PackagedApp.within(Duration.ofSeconds(90), () -> app.get("/q/health/ready") == 200))
                    .as("started: %s", app.log()).isTrue();
            assertThat(app.post("{ drug(name: \"Rinvoq\") { name } }").get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);

            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table drug in access exclusive mode");
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (String name : List.of("dupilumab", "tralokinumab", "abrocitinib", "baricitinib")) {
                inFlight.add(app.post("{ drug(name: \"" + name + "\") { name } }"));
            }
            Thread.sleep(1000);
            assertThat(inFlight).as("held by the lock").noneMatch(CompletableFuture::isDone);

            // A client that follows readiness: it sends while the instance is ready, and stops when it is not.
            List<Integer> follower = new CopyOnWriteArrayList<>();
            Thread following = new Thread(() -> {
                try {
                    while (app.get("/q/health/ready") == 200) {
                        follower.add(app.post("{ meta { apiVersion } }").get(30, TimeUnit.SECONDS).statusCode());
                        Thread.sleep(50);
                    }
                } catch (Exception e) {
                    follower.add(-1);
                }
            });
            following.start();
            Thread.sleep(500);

            long term = System.nanoTime();
            app.process().destroy();
            assertThat(PackagedApp.within(Duration.ofSeconds(2), () -> app.get("/q/health/ready") == 503))
                    .as("readiness DOWN at once").isTrue();
            assertThat(app.post("{ meta { apiVersion } }").get(10, TimeUnit.SECONDS).statusCode())
                    .as("still answering during the delay").isEqualTo(200);
            following.join(10_000);

            Thread.sleep(Math.max(0, DELAY.toMillis() + 1500 - (System.nanoTime() - term) / 1_000_000));
            assertThat(app.process().isAlive()).as("waiting for the requests in flight").isTrue();
            lock.commit(); // the requests in flight can finish now

            for (CompletableFuture<HttpResponse<String>> request : inFlight) {
                HttpResponse<String> response = request.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"drug\":{\"name\":").doesNotContain("errors");
            }
            long bound = DELAY.plus(TIMEOUT).plusSeconds(5).toMillis();
            assertThat(app.process().waitFor(bound, TimeUnit.MILLISECONDS)).as("exited within %d ms", bound).isTrue();
            assertThat(app.process().exitValue()).isEqualTo(0);
            assertThat(follower).as("the readiness-following client").isNotEmpty().containsOnly(200);
            assertThat(app.log()).contains("SIGTERM: shutting down gracefully", "Waiting for HTTP requests to complete",
                    "All HTTP requests complete");
        }
    }
}
