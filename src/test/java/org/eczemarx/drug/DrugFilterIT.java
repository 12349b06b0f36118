package org.eczemarx.drug;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class DrugFilterIT extends DrugFilterTest {
}
