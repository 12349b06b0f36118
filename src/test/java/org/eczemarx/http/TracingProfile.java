package org.eczemarx.http;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tracing on, spans kept in memory ({@link InMemorySpans}) and exported every 10 ms; the response cache on, to see
 * cache hits in spans.
 */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.bsp.schedule.delay", "10ms",
                "eczemarx.http.response-cache.enabled", "true");
    }
}
