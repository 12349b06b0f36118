package org.eczemarx.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same inputs against the packaged application. */
@QuarkusIntegrationTest
class SearchQualityIT extends SearchQualityTest {
}
