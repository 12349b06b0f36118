package org.eczemarx.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Direct JDBC access to the test database, for tests that create their own rows. Also the anchor of the
 * {@link PostgresTestResource}, which applies to every test.
 */
@QuarkusTestResource(PostgresTestResource.class)
public final class TestDatabase {

    private static volatile String url;
    private static volatile String user;
    private static volatile String password;

    private TestDatabase() {
    }

    static void use(String jdbcUrl, String username, String pass) {
        url = jdbcUrl;
        user = username;
        password = pass;
    }

    /** The JDBC URL of the test database, {@code jdbc:postgresql://host:port/database}. */
    public static String jdbcUrl() {
        return url;
    }

    /** A new connection to the test database; close it. */
    public static Connection connect() {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements in one transaction. */
    public static void execute(String... statements) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (String statement : statements) {
                connection.createStatement().execute(statement);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row of a query, as text. */
    public static String query(String sql) {
        try (Connection connection = connect(); var result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
