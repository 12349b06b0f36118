package org.eczemarx.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/** What counts as "the database is unreachable" (SERVICE_UNAVAILABLE), and the outage state it starts and ends. */
class OutagesTest {

    @Test
    void connectionFailuresAreUnreachableAlsoWhenWrapped() {
        assertThat(Outages.unreachable(new ConnectException("Connection refused"))).isTrue();
        assertThat(Outages.unreachable(new CompletionException(new RuntimeException("wrapped", ClosedConnectionException.INSTANCE)))).isTrue();
        assertThat(Outages.unreachable(new NoStackTraceThrowable("Timeout"))).as("no pool connection in time").isTrue();
        assertThat(Outages.unreachable(new io.vertx.core.VertxException("Timeout waiting for connection", true)))
                .as("no pool connection in time for a pool query").isTrue();
        assertThat(Outages.unreachable(new PgException("terminating connection due to administrator command", "FATAL", "57P01", null))).isTrue();
        assertThat(Outages.unreachable(new PgException("connection failure", "FATAL", "08006", null))).isTrue();
    }

    @Test
    void theReadinessReasonSaysWhatFailedNeverNull() {
        // /q/health/ready showed "reason": "null" for a timeout (Mutiny's TimeoutException has no message)
        java.time.Duration timeout = java.time.Duration.ofMillis(3000);
        assertThat(DatabaseReadiness.reason(new io.smallrye.mutiny.TimeoutException(), timeout))
                .isEqualTo("no connection answered 'select 1' within 3000 ms");
        assertThat(DatabaseReadiness.reason(ClosedConnectionException.INSTANCE, timeout)).isNotBlank().isNotEqualTo("null");
        assertThat(DatabaseReadiness.reason(new NoStackTraceThrowable(null), timeout)).isEqualTo("NoStackTraceThrowable");
        assertThat(DatabaseReadiness.reason(new ConnectException("Connection refused"), timeout)).isEqualTo("Connection refused");
    }

    @Test
    void queryErrorsAndDefectsAreNot() {
        assertThat(Outages.unreachable(new PgException("syntax error at or near", "ERROR", "42601", null))).isFalse();
        assertThat(Outages.unreachable(new IllegalStateException("bug"))).isFalse();
        assertThat(Outages.unreachable(new NullPointerException())).isFalse();
    }

    @Test
    void anOutageStartsWithAFailureAndEndsWithASuccessOnceItLastedASecond() {
        long[] now = {1_000};
        Outages outages = new Outages(() -> now[0]);
        assertThat(outages.ongoing()).isFalse();
        outages.failed();
        outages.failed();
        assertThat(outages.ongoing()).isTrue();
        now[0] += Outages.MIN_OUTAGE_NANOS / 2;
        outages.succeeded();
        assertThat(outages.ongoing()).as("a read under way when the database went away").isTrue();
        now[0] += Outages.MIN_OUTAGE_NANOS / 2;
        outages.succeeded();
        assertThat(outages.ongoing()).isFalse();
    }

    @Test
    void aConnectionResetUnderAReadIsUnreachable() {
        assertThat(Outages.unreachable(new RuntimeException(new java.net.SocketException("Connection reset")))).isTrue();
    }
}
