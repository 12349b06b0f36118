package org.eczemarx.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.eczemarx.dev.DevDatabaseConfigSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL for the tests, chosen automatically: a Testcontainers PostgreSQL where Docker runs, otherwise a
 * throwaway database on the local server at 127.0.0.1:5432 (trust auth, user postgres), created for this run and
 * dropped at its end. {@code ECZEMARX_TEST_DB=local} or {@code =docker} forces one.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String LOCAL = "127.0.0.1:5432";

    private PostgreSQLContainer container;
    private String localDatabase;
    private String jdbcUrl;
    private String user;
    private String password;

    @Override
    public Map<String, String> start() {
        String choice = System.getenv().getOrDefault("ECZEMARX_TEST_DB", "auto");
        boolean docker = choice.equals("docker") || (choice.equals("auto") && dockerAvailable());
        return docker ? startContainer() : startLocal();
    }

    private Map<String, String> startContainer() {
        container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        String hostPort = container.getHost() + ":" + container.getMappedPort(5432) + "/" + container.getDatabaseName();
        return config(hostPort, container.getUsername(), container.getPassword());
    }

    private Map<String, String> startLocal() {
        localDatabase = "eczemarx_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + localDatabase);
        return config(LOCAL + "/" + localDatabase, "postgres", "");
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
        if (localDatabase != null) {
            execute("drop database if exists " + localDatabase + " with (force)");
        }
    }

    /**
     * A new connection to the database this instance started; close it. A test that starts its own resource uses this,
     * not {@link TestDatabase}, which names the database of whichever resource started last in this JVM.
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private Map<String, String> config(String hostPortDatabase, String user, String password) {
        this.jdbcUrl = "jdbc:postgresql://" + hostPortDatabase;
        this.user = user;
        this.password = password;
        TestDatabase.use(jdbcUrl, user, password);
        Map<String, String> config = new java.util.HashMap<>();
        // Unprefixed for @QuarkusTest; %prod-prefixed too for @QuarkusIntegrationTest, which runs the packaged app.
        for (String prefix : new String[] { "", "%prod." }) {
            config.put(prefix + "quarkus.datasource.reactive.url", "postgresql://" + hostPortDatabase);
            config.put(prefix + "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPortDatabase);
            config.put(prefix + "quarkus.datasource.username", user);
            config.put(prefix + "quarkus.datasource.password", password);
        }
        return config;
    }

    private static boolean dockerAvailable() {
        // Ask Testcontainers only where an engine answers: its own probe logs ERROR lines on machines without Docker.
        if (!DevDatabaseConfigSource.dockerRuns()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + LOCAL + "/postgres", "postgres", "")) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Neither Docker nor a PostgreSQL at " + LOCAL + " is usable for tests: "
                    + e.getMessage(), e);
        }
    }
}
