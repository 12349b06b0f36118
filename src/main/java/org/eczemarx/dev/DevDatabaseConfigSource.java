package org.eczemarx.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.LaunchMode;

/**
 * In dev mode only: when nothing else configures a database and a PostgreSQL server answers on 127.0.0.1:5432
 * (trust auth, as on this project's machines), use a database {@code eczemarx} there, creating it if needed.
 * Otherwise it supplies nothing, and Quarkus Dev Services starts a PostgreSQL container where Docker runs.
 * Never active in tests or the packaged application.
 */
public class DevDatabaseConfigSource implements ConfigSource {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;
    private static final String DATABASE = "eczemarx";

    private final Map<String, String> properties;

    public DevDatabaseConfigSource() {
        this.properties = LaunchMode.current() == LaunchMode.DEVELOPMENT && !configuredElsewhere() && localServerAnswers()
                && databaseReady()
                        ? Map.of(
                                "%dev.quarkus.datasource.reactive.url", "postgresql://" + HOST + ":" + PORT + "/" + DATABASE,
                                "%dev.quarkus.datasource.jdbc.url", "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE,
                                "%dev.quarkus.datasource.username", "postgres",
                                "%dev.quarkus.datasource.password", "")
                        : Map.of();
    }

    private static boolean configuredElsewhere() {
        return System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") != null
                || System.getProperty("quarkus.datasource.reactive.url") != null;
    }

    private static boolean localServerAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean databaseReady() {
        String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
            return true;
        } catch (SQLException e) {
            System.err.println("EczemaRx dev: PostgreSQL at " + HOST + ":" + PORT + " is not usable (" + e.getMessage()
                    + "); falling back to Dev Services");
            return false;
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "eczemarx-dev-database";
    }

    @Override
    public int getOrdinal() {
        return 260;
    }
}
