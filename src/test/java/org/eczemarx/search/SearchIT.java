package org.eczemarx.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class SearchIT extends SearchTest {
}
