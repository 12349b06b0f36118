package org.eczemarx.persistence;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The database connection pool, beyond what {@code quarkus.datasource.reactive.*} sets: {@code eczemarx.database.*}. */
@ConfigMapping(prefix = "eczemarx.database")
public interface DatabaseConfig {

    /**
     * Longest wait for a pool connection, opening one included; a read that waits longer answers
     * SERVICE_UNAVAILABLE (503, Retry-After). Keep it below the execution timeout.
     */
    @WithDefault("3s")
    Duration acquireTimeout();

    /**
     * Prepared statements kept per connection (0: none). A kept statement is parsed and planned by PostgreSQL once,
     * then only executed: a prefetch statement takes about 1 ms to plan and well under that to run.
     */
    @WithDefault("128")
    int preparedStatements();
}
