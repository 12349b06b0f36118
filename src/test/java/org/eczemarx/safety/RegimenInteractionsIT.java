package org.eczemarx.safety;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class RegimenInteractionsIT extends RegimenInteractionsTest {
}
