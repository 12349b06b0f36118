package org.eczemarx.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Settings of the packaged application under test (*IT, prod profile): the suite sends thousands of requests from
 * one address, so the rate limit stays on (its headers are there) but never trips. In-process tests switch it off in
 * application.properties ({@code %test}). And it stops at once when the suite ends: the 5 s of readiness draining a
 * load balancer needs would only wait for nobody ({@code GracefulShutdownIT} tests the drain on its own start).
 */
@QuarkusTestResource(PackagedAppSettings.class)
public class PackagedAppSettings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("%prod.eczemarx.rate-limit.burst", "1000000", "%prod.eczemarx.rate-limit.requests", "1000000",
                "%prod.quarkus.shutdown.delay", "0S");
    }

    @Override
    public void stop() {
    }
}
