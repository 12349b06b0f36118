package org.eczemarx.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.LaunchMode;

/**
 * Picks the dev-mode database, so that {@code ./mvnw quarkus:dev} needs no setup. In dev mode only, and only when
 * no datasource URL is configured elsewhere:
 * <ol>
 * <li>a PostgreSQL answering on 127.0.0.1:5432 (trust auth, as on this project's machines): database
 * {@code eczemarx_dev} there, created if needed (not {@code eczemarx}, the production database's name in the README, so
 * that the README's production steps work on a machine where dev mode ran);</li>
 * <li>else, where Docker runs: nothing, so Quarkus Dev Services starts a PostgreSQL container;</li>
 * <li>else: an embedded PostgreSQL ({@link EmbeddedDevDatabase}).</li>
 * </ol>
 * {@code ECZEMARX_DEV_DB=local}, {@code =docker} or {@code =embedded} forces one. Never active in tests or the
 * packaged application.
 */
public class DevDatabaseConfigSource implements ConfigSource {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 5432;
    private static final String DATABASE = "eczemarx_dev";
    /** Set once the choice is printed: Quarkus builds its configuration more than once per dev-mode JVM. */
    private static final String ANNOUNCED = "EczemaRxDevDatabaseAnnounced"; // no "eczemarx." prefix: config validation reads those

    private final Map<String, String> properties;

    public DevDatabaseConfigSource() {
        this.properties = LaunchMode.current() == LaunchMode.DEVELOPMENT && !configuredElsewhere() ? choose() : Map.of();
    }

    private static Map<String, String> choose() {
        String forced = System.getenv().getOrDefault("ECZEMARX_DEV_DB", "auto");
        if (forced.equals("embedded")) {
            say("an embedded PostgreSQL (ECZEMARX_DEV_DB=embedded)");
            return datasource(EmbeddedDevDatabase.port(), "postgres");
        }
        if (forced.equals("docker")) {
            say("Quarkus Dev Services, a PostgreSQL container (ECZEMARX_DEV_DB=docker)");
            return Map.of();
        }
        if (localServerAnswers() && localDatabaseReady()) {
            say("database '" + DATABASE + "' on the local PostgreSQL at " + HOST + ":" + PORT + " (it answers as user postgres)");
            return datasource(PORT, DATABASE);
        }
        if (dockerRuns()) {
            say("Quarkus Dev Services, a PostgreSQL container (no local PostgreSQL at " + HOST + ":" + PORT + "; Docker runs)");
            return Map.of();
        }
        tell("EczemaRx dev: no PostgreSQL at " + HOST + ":" + PORT + " and no Docker; using an embedded PostgreSQL");
        return datasource(EmbeddedDevDatabase.port(), "postgres");
    }

    private static void say(String choice) {
        tell("EczemaRx dev: using " + choice + "; ECZEMARX_DEV_DB=local|docker|embedded chooses another");
    }

    /** Prints a line once per JVM (a system property, as each configuration build may load this class anew). */
    private static void tell(String line) {
        synchronized (System.getProperties()) {
            if (System.getProperty(ANNOUNCED) == null) {
                System.setProperty(ANNOUNCED, "true");
                System.err.println(line);
            }
        }
    }

    private static Map<String, String> datasource(int port, String database) {
        String hostPortDatabase = HOST + ":" + port + "/" + database;
        return Map.of(
                "%dev.quarkus.datasource.reactive.url", "postgresql://" + hostPortDatabase,
                "%dev.quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPortDatabase,
                "%dev.quarkus.datasource.username", "postgres",
                "%dev.quarkus.datasource.password", "");
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

    private static boolean localDatabaseReady() {
        String url = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
            return true;
        } catch (SQLException e) {
            System.err.println("EczemaRx dev: PostgreSQL at " + HOST + ":" + PORT + " is not usable (" + e.getMessage() + ")");
            return false;
        }
    }

    /** Whether a Docker engine answers, checked without Testcontainers (whose failed probe logs errors). */
    public static boolean dockerRuns() {
        if (System.getenv("DOCKER_HOST") != null) {
            return true;
        }
        Path socket = Path.of("/var/run/docker.sock");
        if (!Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException e) {
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
