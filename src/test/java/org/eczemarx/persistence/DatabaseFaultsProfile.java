package org.eczemarx.persistence;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.DatabaseProxyResource;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The database behind a TCP proxy the tests can cut, a pool of 4 connections and a 1 s wait for one: the settings of
 * the tests that take the database away (one profile, one application start).
 */
public class DatabaseFaultsProfile implements QuarkusTestProfile {

    static final int POOL_SIZE = 4;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.reactive.max-size", String.valueOf(POOL_SIZE),
                "eczemarx.database.acquire-timeout", "1s",
                // The outages these tests cause are expected: their ERROR lines reach the tests' own handlers on this
                // logger, not the console, so a green run does not read as a failing one.
                "quarkus.log.category.\"org.eczemarx.persistence.Outages\".use-parent-handlers", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DatabaseProxyResource.class));
    }
}
