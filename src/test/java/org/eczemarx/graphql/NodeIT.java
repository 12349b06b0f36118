package org.eczemarx.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class NodeIT extends NodeTest {
}
