package org.eczemarx.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Settings of the packaged application under test (*IT, prod profile): the suite sends thousands of requests from
 * one address, so the rate limit stays on (its headers are there) but never trips. In-process tests switch it off in
 * application.properties ({@code %test}). And it stops at once when the suite ends: the 5 s of readiness draining a
 * load balancer needs would only wait for nobody ({@code GracefulShutdownIT} tests the drain on its own start). Its
 * console prints warnings only, so the test run does not carry its start-up log.
 */
@QuarkusTestResource(PackagedAppSettings.class)
public class PackagedAppSettings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("%prod.eczemarx.rate-limit.burst", "1000000", "%prod.eczemarx.rate-limit.requests", "1000000",
                "%prod.quarkus.shutdown.delay", "0S",
                // Quarkus echoes the app's console into the test run; its log file (target/quarkus.log) keeps every
                // line at INFO, where JsonLogsIT reads it. Process tests (PackagedApp) read the console and keep it.
                "%prod.quarkus.log.console.level", "WARN");
    }

    @Override
    public void stop() {
    }
}
