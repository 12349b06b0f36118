package org.eczemarx.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Settings of the packaged application under test (*IT, prod profile): the suite sends thousands of requests from
 * one address, so the rate limit stays on (its headers are there) but never trips. In-process tests switch it off in
 * application.properties ({@code %test}).
 */
@QuarkusTestResource(PackagedAppSettings.class)
public class PackagedAppSettings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("%prod.eczemarx.rate-limit.burst", "1000000", "%prod.eczemarx.rate-limit.requests", "1000000");
    }

    @Override
    public void stop() {
    }
}
