package org.eczemarx.persistence;


import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The reactive pool as Quarkus configures it, with a bounded wait for a connection: Vert.x waits 30 s for a free pool
 * connection and 60 s to open one, longer than the execution timeout, so an exhausted pool or a database that does not
 * answer would show as a timeout ("ask for less data"). With {@code eczemarx.database.acquire-timeout} the read fails
 * sooner and is answered SERVICE_UNAVAILABLE (503, Retry-After) like any outage ({@link Outages}).
 *
 * <p>Each connection keeps its {@code eczemarx.database.prepared-statements} most recent statements prepared, however
 * long their text (Vert.x caches none by default, and none over 2,048 characters): a prefetch statement
 * ({@code prefetch/Prefetch}) costs PostgreSQL about 1 ms to plan and a few tenths of that to run, so planning it
 * once per connection rather than per request is most of the database's work saved.
 */
@ApplicationScoped
class DatabasePool implements PgPoolCreator {

    private final DatabaseConfig config;

    DatabasePool(DatabaseConfig config) {
        this.config = config;
    }

    @Override
    @SuppressWarnings("deprecation") // Quarkus 3 expects a PgPool from a PgPoolCreator
    public PgPool create(Input input) {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, config.acquireTimeout().toMillis()));
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout(millis)
                .setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS);
        int statements = config.preparedStatements();
        for (PgConnectOptions database : input.pgConnectOptionsList()) {
            database.setConnectTimeout(millis);
            database.setCachePreparedStatements(statements > 0);
            if (statements > 0) {
                database.setPreparedStatementCacheMaxSize(statements);
                database.setPreparedStatementCacheSqlLimit(Integer.MAX_VALUE);
            }
        }
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), pool);
    }
}
