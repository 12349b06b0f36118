package org.eczemarx.persistence;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ready while a pool connection answers {@code select 1} within the acquire timeout (plus a second for the query).
 * It replaces Quarkus' datasource checks ({@code quarkus.datasource.health.enabled=false}): the reactive one runs
 * {@code pool.query()}, whose connection timer is left running when the connection fails, so every probe during an
 * outage logged an "Uncaught exception ... Result is already complete" stack trace seconds later
 * (eclipse-vertx/vertx-sql-client#1706), and blocked a worker thread up to 20 s; the JDBC one opened a new connection
 * per probe for a datasource only Flyway uses, at start.
 */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "Database";

    private final Pool pool;
    private final Duration timeout;

    DatabaseReadiness(Pool pool, DatabaseConfig config) {
        this.pool = pool;
        this.timeout = config.acquireTimeout().plusSeconds(1);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.withConnection(connection -> connection.query("select 1").execute())
                .ifNoItem().after(timeout).fail()
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", reason(failure, timeout)).build());
    }

    /** What an operator reads: the message, or what failed when there is none (a timeout has none), never "null". */
    static String reason(Throwable failure, Duration timeout) {
        String message = failure.getMessage();
        if (failure instanceof io.smallrye.mutiny.TimeoutException) {
            return "no connection answered 'select 1' within " + timeout.toMillis() + " ms";
        }
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
