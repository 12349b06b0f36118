package org.eczemarx.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jboss.logging.Logger;

import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A request the endpoint answers with an error instead of executing: the HTTP status for each response media type
 * (the GraphQL over HTTP spec lets {@code application/json} clients see 200 for well-formed requests that fail parsing
 * or validation, while {@code application/graphql-response+json} clients get 4xx), the code clients find in
 * {@code errors[].extensions.code}, and a message that says what to change.
 */
final class HttpProblem extends RuntimeException {

    final int jsonStatus;
    final int graphqlResponseStatus;
    final String code;
    final Map<String, String> headers;
    final List<String> messages;
    /** Per message, where in the document it points ({@code [{line, column}]}), or null: parse and validation errors. */
    final List<List<Map<String, Integer>>> locations;

    private HttpProblem(int jsonStatus, int graphqlResponseStatus, String code, String message, Map<String, String> headers) {
        this(jsonStatus, graphqlResponseStatus, code, List.of(message), headers);
    }

    private HttpProblem(int jsonStatus, int graphqlResponseStatus, String code, List<String> messages, Map<String, String> headers) {
        this(jsonStatus, graphqlResponseStatus, code, messages, null, headers);
    }

    private HttpProblem(int jsonStatus, int graphqlResponseStatus, String code, List<String> messages,
            List<List<Map<String, Integer>>> locations, Map<String, String> headers) {
        super(messages.get(0), null, false, false);
        this.messages = messages;
        this.locations = locations;
        this.jsonStatus = jsonStatus;
        this.graphqlResponseStatus = graphqlResponseStatus;
        this.code = code;
        this.headers = headers;
    }

    /** The HTTP request itself is malformed: 400 for every client. */
    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, 400, "BAD_REQUEST", message, Map.of());
    }

    /** A well-formed request whose document or variables fail before execution. */
    static HttpProblem requestError(String code, String message) {
        return new HttpProblem(200, 400, code, message, Map.of());
    }

    /** Several errors of one kind, e.g. every validation error of a document, with where each points. */
    static HttpProblem requestErrors(String code, List<? extends GraphQLError> errors) {
        return new HttpProblem(200, 400, code, errors.stream().map(e -> ErrorShapes.plain(e.getMessage())).toList(),
                errors.stream().map(e -> locations(e.getLocations())).toList(), Map.of());
    }

    private static List<Map<String, Integer>> locations(List<SourceLocation> where) {
        return where == null ? List.of() : where.stream().filter(Objects::nonNull)
                .map(l -> Map.of("line", l.getLine(), "column", l.getColumn())).toList();
    }

    static HttpProblem status(int status, String code, String message) {
        return new HttpProblem(status, status, code, message, Map.of());
    }

    /**
     * A fault of ours: logged with a reference that the client's message repeats, code {@code INTERNAL} as for a
     * resolver's fault (never a stack trace or SQL in the answer).
     */
    static HttpProblem internal(Logger log, Throwable failure, String what) {
        String reference = UUID.randomUUID().toString();
        log.errorf(failure, "%s (reference %s)", what, reference);
        return status(500, "INTERNAL", "Internal server error (reference " + reference + ")");
    }

    /** Every execution slot is taken and the queue is full: retry shortly. */
    static HttpProblem overloaded(String message) {
        return new HttpProblem(503, 503, "OVERLOADED", message, Map.of("Retry-After", "1"));
    }

    static HttpProblem methodNotAllowed(String allow, String message) {
        return new HttpProblem(405, 405, "METHOD_NOT_ALLOWED", message, Map.of("Allow", allow));
    }

    /** Apollo's persisted query link retries with the full query when it sees this code; it expects HTTP 200. */
    static HttpProblem persistedQueryNotFound() {
        return new HttpProblem(200, 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound", Map.of());
    }
}
