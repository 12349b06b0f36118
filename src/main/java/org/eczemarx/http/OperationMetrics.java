package org.eczemarx.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.eczemarx.graphql.ApiConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Request counts and latencies per GraphQL operation name ({@code graphql_requests_seconds} in Prometheus). Operation
 * names come from clients, so only well-formed names are tagged, and at most {@code metrics-max-operation-names} of
 * them: the rest count as {@code other}, and nobody can grow the metrics without bound.
 */
@ApplicationScoped
public class OperationMetrics {

    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final MeterRegistry registry;
    private final int maxNames;
    private final Set<String> names = ConcurrentHashMap.newKeySet();

    OperationMetrics(MeterRegistry registry, ApiConfig config) {
        this.registry = registry;
        this.maxNames = config.http().metricsMaxOperationNames();
    }

    /**
     * @param outcome {@code ok}, {@code error} (executed with errors), {@code rejected} (refused before execution),
     *                {@code not_modified} or {@code timeout}
     */
    void record(String operationName, String outcome, long startNanos) {
        Timer.builder("graphql.requests")
                .description("GraphQL requests over HTTP by operation name and outcome")
                .tag("operation", tag(operationName))
                .tag("outcome", outcome)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private String tag(String operationName) {
        if (operationName == null) {
            return "anonymous";
        }
        if (!NAME.matcher(operationName).matches()) {
            return "other";
        }
        if (names.contains(operationName)) {
            return operationName;
        }
        synchronized (names) {
            if (names.size() < maxNames) {
                names.add(operationName);
                return operationName;
            }
        }
        return "other";
    }
}
