package org.eczemarx.monitoring;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class MonitoringPlanIT extends MonitoringPlanTest {
}
