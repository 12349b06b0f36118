package org.eczemarx.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eczemarx.dev.DevDatabaseConfigSource;
import org.eczemarx.persistence.LocalMigrations;
import org.flywaydb.core.Flyway;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL for the tests, chosen automatically: a Testcontainers PostgreSQL where Docker runs, otherwise a
 * throwaway database on the local server at 127.0.0.1:5432 (trust auth, user postgres), created for this run and
 * dropped at its end. {@code ECZEMARX_TEST_DB=local} or {@code =docker} forces one.
 *
 * <p>On the local server the throwaway database is a copy of a template that Flyway migrated once with the
 * {@code db/migration} of the test class path ({@value #TEMPLATE_PREFIX} and a hash of those migrations as the
 * application's schema check reads them, {@link LocalMigrations#fingerprint()}, kept between
 * runs; a changed migration makes a new one, and the {@value #TEMPLATES_KEPT} newest are kept, for checkouts that test
 * other migrations on the same server): a copy takes about 0.2 s where each start migrating an empty database took
 * 2-4 s, and the application starts on it as on any migrated database (its schema check finds nothing to do). The
 * application's own migration of an empty database is tested on databases made with
 * {@link #PostgresTestResource(boolean) new PostgresTestResource(false)}; in a container the database is always empty.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String LOCAL = "127.0.0.1:5432";
    static final String TEMPLATE_PREFIX = "eczemarx_test_template_";
    static final int TEMPLATES_KEPT = 3;

    private final boolean migrated;
    private PostgreSQLContainer container;
    private String localDatabase;
    private String jdbcUrl;
    private String user;
    private String password;

    /** A migrated database (on the local server: a copy of the migrated template); what {@code @QuarkusTestResource} uses. */
    public PostgresTestResource() {
        this(true);
    }

    /**
     * @param migrated false: an empty database on the local server, which the application migrates at its start (in a
     *        container the database is always empty)
     */
    public PostgresTestResource(boolean migrated) {
        this.migrated = migrated;
    }

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
        if (migrated) {
            createFromMigratedTemplate(localDatabase);
        } else {
            execute("create database " + localDatabase);
        }
        return config(LOCAL + "/" + localDatabase, "postgres", "");
    }

    /**
     * Creates {@code database} as a copy of the template migrated with the test class path's {@code db/migration}, made
     * first if it is not there. All of it under one advisory lock, which every JVM testing on this server takes (Maven's
     * test JVMs, other checkouts): the template is migrated by Flyway under a temporary name and renamed when complete,
     * so that a half-migrated template is never copied, and no template is dropped while it is copied.
     */
    private static synchronized void createFromMigratedTemplate(String database) {
        String template = TEMPLATE_PREFIX + LocalMigrations.fingerprint();
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + LOCAL + "/postgres", "postgres", "")) {
            Statement statement = admin.createStatement();
            statement.execute("select pg_advisory_lock(hashtext('" + TEMPLATE_PREFIX + "'))");
            try {
                if (!exists(admin, template)) {
                    String building = template + "_building";
                    statement.execute("drop database if exists " + building + " with (force)");
                    statement.execute("create database " + building);
                    Flyway.configure()
                            .dataSource("jdbc:postgresql://" + LOCAL + "/" + building, "postgres", "")
                            .locations("classpath:db/migration")
                            .load()
                            .migrate();
                    recordScriptsAsQuarkusDoes(building);
                    statement.execute("alter database " + building + " rename to " + template);
                    statement.execute("alter database " + template + " allow_connections false");
                }
                dropOlderTemplates(admin, template);
                statement.execute("create database " + database + " template " + template);
            } finally {
                statement.execute("select pg_advisory_unlock(hashtext('" + TEMPLATE_PREFIX + "'))");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Neither Docker nor a PostgreSQL at " + LOCAL + " is usable for tests: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Quarkus' Flyway records each script by its path on the class path ({@code db/migration/V1__schema.sql}), plain
     * Flyway by its name in the location ({@code V1__schema.sql}); the template records them as the application does,
     * so that the application's schema check ({@code persistence/SchemaAtStart}) finds it up to date and does not
     * start Flyway.
     */
    private static void recordScriptsAsQuarkusDoes(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + LOCAL + "/" + database, "postgres", "")) {
            connection.createStatement().execute(
                    "update flyway_schema_history set script = 'db/migration/' || script where type = 'SQL'");
        }
    }

    private static boolean exists(Connection admin, String database) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Drops the templates of other migrations but the newest few (oids grow with each new database). */
    private static void dropOlderTemplates(Connection admin, String current) throws SQLException {
        List<String> older = new ArrayList<>();
        try (PreparedStatement query = admin.prepareStatement(
                "select datname from pg_database where datname like ? and datname <> ? order by oid desc offset ?")) {
            query.setString(1, TEMPLATE_PREFIX.replace("_", "\\_") + "%");
            query.setString(2, current);
            query.setInt(3, TEMPLATES_KEPT - 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    older.add(rows.getString(1));
                }
            }
        }
        for (String template : older) {
            admin.createStatement().execute("drop database " + template + " with (force)");
        }
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
