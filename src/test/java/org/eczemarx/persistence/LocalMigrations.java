package org.eczemarx.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** The migrations of the class path as the application's schema check ({@link SchemaAtStart}) sees them, for tests. */
public final class LocalMigrations {

    private LocalMigrations() {
    }

    /**
     * A hash of every migration's name and Flyway checksum, as {@link SchemaAtStart#localMigrations()} reads them (from
     * {@code target/classes} or the packaged jar): equal for two class paths exactly when the schema check would find a
     * database migrated with one up to date with the other.
     */
    public static String fingerprint() {
        try {
            Map<String, Integer> migrations = SchemaAtStart.localMigrations();
            if (migrations.isEmpty()) {
                throw new IllegalStateException("no migrations in " + SchemaAtStart.LOCATION + " on the class path");
            }
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(migrations.toString().getBytes(UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the migrations of the class path", e);
        }
    }
}
