package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.eczemarx.graphql.ApiConfig;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** The registry is bounded: the least recently used document goes first. */
@QuarkusTest
@TestProfile(StrictProfile.class)
class PersistedQueriesTest {

    @Inject
    PersistedQueries registry;

    @Inject
    ApiConfig config;

    @Test
    void leastRecentlyUsedIsEvicted() {
        assertThat(config.http().persistedQueriesMaxEntries()).isEqualTo(2);
        registry.register("a", "{ a }");
        registry.register("b", "{ b }");
        assertThat(registry.find("a")).isEqualTo("{ a }");
        registry.register("c", "{ c }");
        assertThat(registry.find("b")).isNull();
        assertThat(registry.find("a")).isEqualTo("{ a }");
        assertThat(registry.find("c")).isEqualTo("{ c }");
    }
}
