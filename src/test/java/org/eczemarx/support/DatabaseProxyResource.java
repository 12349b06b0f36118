package org.eczemarx.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Puts a {@link TcpProxy} between the application and the test database: a test profile lists this resource, and its
 * tests cut and restore the database connection with {@link #proxy()}. Starts after {@link PostgresTestResource}
 * (higher {@link #order()}), whose database it points both datasources at through the proxy.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static volatile TcpProxy proxy;

    /** The proxy of the running test profile. */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("DatabaseProxyResource is not started: list it in the test profile's testResources()");
        }
        return proxy;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<String, String> start() {
        URI database = URI.create(TestDatabase.jdbcUrl().substring("jdbc:".length()));
        try {
            proxy = new TcpProxy(database.getHost(), database.getPort(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String proxied = "127.0.0.1:" + proxy.port() + database.getPath();
        Map<String, String> config = new HashMap<>();
        for (String prefix : new String[] { "", "%prod." }) {
            config.put(prefix + "quarkus.datasource.reactive.url", "postgresql://" + proxied);
            config.put(prefix + "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + proxied);
        }
        return config;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
    }
}
