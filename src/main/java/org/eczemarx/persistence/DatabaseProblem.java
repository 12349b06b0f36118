package org.eczemarx.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import io.vertx.pgclient.PgException;

/**
 * Why the database could not be used at start, as one line that says what to fix: a missing database, a refused user
 * or password and a missing privilege are configuration mistakes, which no retry mends; an unreachable host may be a
 * database still starting. Read from the exception's causes (the reactive client's {@link PgException}, JDBC's
 * {@link SQLException} as Flyway wraps it, the socket's exceptions); null when the failure is none of these.
 */
record DatabaseProblem(boolean permanent, String line) {

    /**
     * @param database the database as configured, {@code host:port/name}
     * @param user the configured user
     */
    static DatabaseProblem of(Throwable failure, String database, String user) {
        String name = database.substring(database.indexOf('/') + 1);
        String server = database.substring(0, Math.max(0, database.indexOf('/')));
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String state = cause instanceof PgException pg ? pg.getSqlState()
                    : cause instanceof SQLException sql ? sql.getSQLState() : null;
            if ("3D000".equals(state)) {
                return new DatabaseProblem(true, "database '" + name + "' does not exist on the PostgreSQL at " + server
                        + ": create it (README, Production: create database " + name + " owner " + user
                        + ") or point DB_URL at the right one");
            }
            if ("28P01".equals(state)) {
                return new DatabaseProblem(true, "PostgreSQL at " + server + " refused user '" + user
                        + "' with that password: check DB_USER and DB_PASSWORD");
            }
            if ("28000".equals(state)) {
                return new DatabaseProblem(true, "PostgreSQL at " + server + " refused user '" + user + "' ("
                        + firstLine(cause) + "): check DB_USER (README, Production: create user) and the server's pg_hba.conf");
            }
            if ("42501".equals(state)) {
                return new DatabaseProblem(true, "user '" + user + "' may not use the tables of database '" + name + "' ("
                        + firstLine(cause) + "): the database and its tables must belong to DB_USER (README, Production), "
                        + "or give DB_URL a database of its own");
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof TimeoutException
                    || cause instanceof io.smallrye.mutiny.TimeoutException || "08001".equals(state)) {
                return new DatabaseProblem(false, "cannot reach PostgreSQL at " + server + " (" + firstLine(cause)
                        + "): is it running, and are the host and port in DB_URL right?");
            }
        }
        return null;
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end).strip();
    }
}
