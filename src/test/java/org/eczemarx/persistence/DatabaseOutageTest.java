package org.eczemarx.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eczemarx.support.DatabaseProxyResource;
import org.eczemarx.support.GraphQL;
import org.eczemarx.support.TcpProxy;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The database goes away and comes back while the service runs: the test cuts the TCP proxy between the application and
 * PostgreSQL ({@link DatabaseProxyResource}), as a network cut or a crashed database looks to the application.
 */
@QuarkusTest
@TestProfile(DatabaseFaultsProfile.class)
class DatabaseOutageTest {

    private static final String QUERY = "{ drug(name: \"upadacitinib\") { name targets { target { symbol } } } }";
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Test
    void anOutageAnswers503WithRetryAfterAndEndsWithinTwoSecondsOfTheDatabasesReturn() throws Exception {
        List<String> outageLog = capture(Outages.class.getName());
        List<LogRecord> traces = new CopyOnWriteArrayList<>();
        Handler tracing = handler(record -> {
            if ((record.getThrown() != null || String.valueOf(record.getMessage()).contains("Uncaught exception"))) {
                traces.add(record);
            }
        });
        Logger.getLogger("").addHandler(tracing);
        TcpProxy proxy = DatabaseProxyResource.proxy();
        assertThat(GraphQL.data(QUERY).getString("data.drug.name")).isEqualTo("upadacitinib");
        assertThat(readiness()).isEqualTo(200);

        proxy.cut();
        long cut = System.nanoTime();
        assertThat(within(BOUND, () -> readiness() == 503)).as("readiness DOWN within 2 s of the cut").isTrue();
        System.out.printf("readiness DOWN %d ms after the cut%n", (System.nanoTime() - cut) / 1_000_000);
        int failed = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            ExtractableResponse<Response> response = GraphQL.post(QUERY).extract();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
            assertThat(response.header("Retry-After")).isEqualTo("2");
            assertThat(response.jsonPath().getList("errors.extensions.code")).containsOnly("SERVICE_UNAVAILABLE");
            assertThat(response.asString()).doesNotContain("Exception", "Connection refused", "at org.", "at io.");
            assertThat(millis).as("answered at once, not after a timeout").isLessThan(1000);
            failed++;
        }
        assertThat(readiness()).isEqualTo(503);
        assertThat(given().get("/q/health/ready").then().extract().jsonPath().getString("checks.find { it.name == 'Database' }.status"))
                .isEqualTo("DOWN");

        Thread.sleep(Math.max(0, 1500 - (System.nanoTime() - cut) / 1_000_000)); // away for 1.5 s at least
        proxy.restore();
        long restored = System.nanoTime();
        assertThat(within(BOUND, () -> GraphQL.post(QUERY).extract().statusCode() == 200))
                .as("a query answers within 2 s of the database's return").isTrue();
        System.out.printf("first answer %d ms after the restore%n", (System.nanoTime() - restored) / 1_000_000);
        assertThat(within(BOUND, () -> readiness() == 200)).as("readiness UP within 2 s of the database's return").isTrue();
        System.out.printf("readiness UP %d ms after the restore%n", (System.nanoTime() - restored) / 1_000_000);
        assertThat(GraphQL.data(QUERY).getString("data.drug.name")).isEqualTo("upadacitinib");

        assertThat(outageLog).as("one line when the outage starts, one when it ends").hasSize(2);
        assertThat(outageLog.get(0)).startsWith("Database unavailable");
        assertThat(outageLog.get(1)).startsWith("Database available again after");
        int counted = Integer.parseInt(outageLog.get(1).replaceAll(".*; (\\d+) reads failed.*", "$1"));
        assertThat(counted).as("failed reads counted in the end line").isGreaterThanOrEqualTo(failed);

        Thread.sleep(1500); // past the acquire timeout of the profile (1 s): Vert.x timers of failed attempts have fired
        Logger.getLogger("").removeHandler(tracing);
        assertThat(traces).as("no stack trace logged for requests or probes during the outage")
                .extracting(record -> record.getLoggerName() + ": " + record.getMessage()).isEmpty();
    }

    private static int readiness() {
        return given().when().get("/q/health/ready").then().extract().statusCode();
    }

    private static boolean within(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        do {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        return condition.getAsBoolean();
    }

    /** The formatted messages of one logger from now on. */
    private static List<String> capture(String logger) {
        List<String> messages = new CopyOnWriteArrayList<>();
        Logger.getLogger(logger).addHandler(handler(record -> {
            Object[] parameters = record.getParameters();
            messages.add(parameters == null || parameters.length == 0 ? record.getMessage()
                    : String.format(record.getMessage(), parameters));
        }));
        return messages;
    }

    private static Handler handler(java.util.function.Consumer<LogRecord> publish) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                publish.accept(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
