package org.eczemarx.target;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class TargetQueriesIT extends TargetQueriesTest {
}
