package org.eczemarx.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.datasource.common.runtime.DataSourceUtil;
import io.quarkus.flyway.runtime.FlywayContainerProducer;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * Migrates the schema at start when {@code quarkus.flyway.migrate-at-start} is true, before anything reads it and before
 * the HTTP port opens, as Quarkus would, but starts Flyway only when there is something for it to do (Quarkus' own start
 * action, off with {@code quarkus.flyway.active=false}, builds Flyway and its JDBC pool at every start).
 *
 * <p>When the database's {@code flyway_schema_history} lists exactly the migrations of {@value #LOCATION}, each applied
 * successfully and with the checksum Flyway computes for the file, Flyway's validate-and-migrate would change nothing:
 * one query on the reactive pool says so. Anything else (a fresh database, a pending, missing, failed or edited
 * migration, no answer within {@link #CHECK_TIMEOUT}, the database away) runs Flyway as before, with its connect
 * retries, locking and validation, which migrates or refuses to start. Starting Flyway costs a JDBC pool, the driver
 * and about 350 classes of Flyway: a fifth of the start of an already migrated database.
 *
 * <p>A database that cannot be used ({@link DatabaseProblem}) stops the start with one line that says what to fix,
 * printed by Quarkus without a stack trace (a {@link ConfigurationException}, exit status 1): at once for a missing
 * database, a refused user or password or a missing privilege; for an unreachable server the line is logged at once
 * and Flyway's connect retries follow (a database starting alongside), then the same line ends the start.
 */
@ApplicationScoped
class SchemaAtStart {

    /** Flyway's location ({@code quarkus.flyway.locations}), as a classpath folder. */
    static final String LOCATION = "db/migration/";
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);
    private static final Pattern MIGRATION = Pattern.compile("[VR][^/]*__[^/]*\\.sql");
    private static final String APPLIED = "select script, checksum, type, success from flyway_schema_history";

    private final Pool pool;
    private final Instance<FlywayContainerProducer> flyway;
    private final Instance<AgroalDataSource> dataSource;
    private final boolean migrateAtStart;
    private final String database;
    private final String user;

    SchemaAtStart(Pool pool, Instance<FlywayContainerProducer> flyway, Instance<AgroalDataSource> dataSource,
            @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false") boolean migrateAtStart,
            @ConfigProperty(name = "quarkus.datasource.reactive.url", defaultValue = "?") String url,
            @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "?") String user) {
        this.pool = pool;
        this.flyway = flyway;
        this.dataSource = dataSource;
        this.migrateAtStart = migrateAtStart;
        this.database = hostPortDatabase(url);
        this.user = user;
    }

    /** {@code host:port/database} of a reactive datasource URL ({@code postgresql://host:port/database?options}). */
    static String hostPortDatabase(String url) {
        String rest = url.contains("://") ? url.substring(url.indexOf("://") + 3) : url;
        rest = rest.contains("@") ? rest.substring(rest.lastIndexOf('@') + 1) : rest; // no credentials in a message
        return rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
    }

    /** Before every other start-up observer (DataVersions reads the schema). */
    void migrate(@Observes @Priority(1) StartupEvent event) {
        if (!migrateAtStart || upToDate()) {
            return;
        }
        try {
            flyway.get().createFlyway(dataSource.get(), DataSourceUtil.DEFAULT_DATASOURCE_NAME, true, true)
                    .getFlyway()
                    .migrate();
        } catch (RuntimeException e) {
            DatabaseProblem problem = DatabaseProblem.of(e, database, user);
            if (problem != null) {
                throw cannotStart(problem.line() + (problem.permanent() ? "" : " Gave up after Flyway's connect retries "
                        + "(QUARKUS_FLYWAY_CONNECT_RETRIES): " + firstLine(e)));
            }
            throw e;
        }
    }

    private static ConfigurationException cannotStart(String line) {
        return new ConfigurationException("EczemaRx cannot start: " + line);
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        return message.contains("\n") ? message.substring(0, message.indexOf('\n')).strip() : message;
    }

    private boolean upToDate() {
        Map<String, Integer> local;
        Iterable<Row> applied;
        try {
            local = localMigrations();
            applied = pool.withConnection(connection -> connection.query(APPLIED).execute())
                    .await().atMost(CHECK_TIMEOUT);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            DatabaseProblem problem = DatabaseProblem.of(e, database, user);
            if (problem != null && problem.permanent()) {
                throw cannotStart(problem.line());
            }
            if (problem != null) {
                LOG.warnf("EczemaRx: %s Retrying (QUARKUS_FLYWAY_CONNECT_RETRIES).", problem.line());
            } else {
                LOG.debugf("Schema check without Flyway failed, Flyway checks: %s", e.getMessage());
            }
            return false;
        }
        String difference = difference(local, applied);
        if (difference != null) {
            LOG.debugf("Flyway checks the schema: %s", difference);
            return false;
        }
        LOG.infof("Schema is up to date: %d migrations applied, as in %s; Flyway not started", local.size(), LOCATION);
        return true;
    }

    /** What keeps the database from being exactly at {@code local}, or null. */
    static String difference(Map<String, Integer> local, Iterable<Row> applied) {
        if (local.isEmpty()) {
            return "no migrations found in " + LOCATION;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : applied) {
            String script = row.getString("script");
            if (!"SQL".equals(row.getString("type")) || !Boolean.TRUE.equals(row.getBoolean("success"))) {
                return "history row " + script + " is " + row.getString("type") + ", success " + row.getBoolean("success");
            }
            Integer checksum = local.get(script);
            if (checksum == null || !checksum.equals(row.getInteger("checksum"))) {
                return "applied " + script + " differs from the local migration, or is not one";
            }
            if (seen.put(script, checksum) != null) {
                return script + " applied twice";
            }
        }
        return seen.size() == local.size() ? null : (local.size() - seen.size()) + " migrations pending";
    }

    /** The migrations of {@link #LOCATION} (a folder in the application's jar, or on disk), with Flyway's checksums. */
    static Map<String, Integer> localMigrations() throws IOException, URISyntaxException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL folder = loader.getResource(LOCATION.substring(0, LOCATION.length() - 1));
        if (folder == null) {
            return Map.of();
        }
        Map<String, Integer> migrations = new TreeMap<>();
        for (String name : names(folder)) {
            if (MIGRATION.matcher(name.substring(LOCATION.length())).matches()) {
                try (InputStream in = loader.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException(name + " not found");
                    }
                    migrations.put(name, checksum(in));
                }
            }
        }
        return migrations;
    }

    private static List<String> names(URL folder) throws IOException, URISyntaxException {
        if ("file".equals(folder.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(file -> LOCATION + file.getFileName()).toList();
            }
        }
        if (!"jar".equals(folder.getProtocol())) {
            throw new IOException("cannot list " + folder);
        }
        String jar = folder.getPath().substring(0, folder.getPath().indexOf("!/"));
        try (JarFile file = new JarFile(Path.of(new URI(jar)).toFile())) {
            return file.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.startsWith(LOCATION) && name.indexOf('/', LOCATION.length()) < 0)
                    .toList();
        }
    }

    /**
     * Flyway's checksum of a SQL migration (its {@code ChecksumCalculator}): CRC-32 of the UTF-8 bytes of each line
     * without its line break, a byte order mark dropped from the first.
     */
    static int checksum(InputStream in) throws IOException {
        CRC32 crc = new CRC32();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8), 4096);
        String line = reader.readLine();
        if (line != null && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        for (; line != null; line = reader.readLine()) {
            crc.update(line.getBytes(UTF_8));
        }
        return (int) crc.getValue();
    }
}
