package org.eczemarx.http;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.eczemarx.graphql.ApiConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Request counts and latencies per GraphQL operation name ({@code graphql_requests_seconds} in Prometheus). Operation
 * names come from clients, so only well-formed names are tagged, and at most {@code metrics-max-operation-names} of
 * them: the rest count as {@code other}, and nobody can grow the metrics without bound. A name counts once its document
 * is valid (parsed, within the limits, validated) and holds it: a request refused before that counts as {@code unknown},
 * so names that clients merely send (any string, on requests that fail) take no place of a real operation's.
 */
@ApplicationScoped
public class OperationMetrics {

    /** The operation of a request refused before its document was read (compared by identity). */
    static final String UNKNOWN = new String("unknown");

    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final MeterRegistry registry;
    private final int maxNames;
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    /** The registered timers by tag and outcome: registering looks the meter up by a new id, per request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    OperationMetrics(MeterRegistry registry, ApiConfig config) {
        this.registry = registry;
        this.maxNames = config.http().metricsMaxOperationNames();
    }

    /**
     * @param outcome {@code ok}, {@code error} (executed with errors), {@code rejected} (refused before execution),
     *                {@code not_modified} or {@code timeout}
     */
    void record(String operationName, String outcome, long startNanos) {
        String operation = tag(operationName);
        timers.computeIfAbsent(operation + ' ' + outcome, key -> Timer.builder("graphql.requests")
                .description("GraphQL requests over HTTP by operation name and outcome")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(registry))
                .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    private String tag(String operationName) {
        if (operationName == UNKNOWN) {
            return "unknown";
        }
        if (operationName == null) {
            return "anonymous";
        }
        if (names.contains(operationName)) {
            return operationName;
        }
        if (!NAME.matcher(operationName).matches()) {
            return "other";
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
