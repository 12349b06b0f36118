package org.eczemarx.http;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Settings a strict deployment might choose, to test the settings themselves (one profile: one restart). */
public class StrictProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "eczemarx.http.persisted-queries-max-entries", "2",
                "eczemarx.http.introspection", "false",
                "eczemarx.limits.execution-timeout", "1ms",
                "quarkus.http.cors.origins", "https://app.example",
                "quarkus.http.idle-timeout", "1S");
    }
}
