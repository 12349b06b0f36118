package org.eczemarx.http;

import org.eczemarx.graphql.ApiConfig;
import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The public GraphQL endpoint at {@code /graphql}, in front of SmallRye's: GraphQL over HTTP (GET and POST, media
 * types and status codes), ETag and Cache-Control for GET, answers from the {@link ResponseCache}. Each request is
 * read ({@link RequestReader}), checked ({@link RequestChecks}), executed ({@link Execution}) and written
 * ({@link Replies}); every answer, also for hostile input, is a GraphQL error with {@code extensions.code}, never a
 * stack trace.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE_JSON = Replies.GRAPHQL_RESPONSE_JSON;
    static final String JSON = Replies.JSON;

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    private static final String READING_BODY = GraphQLEndpoint.class.getName() + ".readingBody";

    private final ApiConfig config;
    private final ResponseCaching caching;
    private final DocumentCache documents;
    private final ResponseCache answers;
    private final RequestChecks checks;
    private final Execution execution;
    private final OperationMetrics metrics;
    private final OperationTracing tracing;

    GraphQLEndpoint(ApiConfig config, ResponseCaching caching, DocumentCache documents, ResponseCache answers,
            RequestChecks checks, Execution execution, OperationMetrics metrics, OperationTracing tracing) {
        this.config = config;
        this.caching = caching;
        this.documents = documents;
        this.answers = answers;
        this.checks = checks;
        this.execution = execution;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    void install(@Observes Router router) {
        // After CORS and Quarkus' body handler, before SmallRye's own route (which keeps default, non-negative order).
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(config.limits().maxBodyBytes());
        router.route("/graphql")
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                // Skipped when Quarkus' own body handler already read the body; the size is checked again below.
                // Only POST bodies are read: Vert.x fails an OPTIONS with a form body (FuzzTest found the 500).
                .handler(ctx -> {
                    if (ctx.request().method().equals(HttpMethod.POST)) {
                        ctx.put(READING_BODY, Boolean.TRUE); // a failure until the body is read is the client's bytes
                        bodies.handle(ctx);
                    } else {
                        ctx.next();
                    }
                })
                .handler(ctx -> {
                    ctx.remove(READING_BODY);
                    handle(ctx);
                })
                .failureHandler(this::failure);
    }

    /** Read, answer from memory if it can, check, then hand to {@link Execution}: each request, top to bottom. */
    private void handle(RoutingContext ctx) {
        long start = System.nanoTime();
        tracing.start(ctx);
        String mediaType = JSON;
        // The operation's name as far as the checks got (null: anonymous): [0] for metrics, once the document is valid
        // (a request refused before counts as unknown, never under a name only its client gave: metrics would keep
        // any name sent); [1] for the trace, once the document is found to hold it
        String[] operationName = {OperationMetrics.UNKNOWN, null};
        try {
            mediaType = Replies.responseMediaType(ctx);
            HttpMethod method = ctx.request().method();
            GraphQLHttpRequest request;
            if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) { // HEAD: GET's headers, no body
                request = RequestReader.fromGet(ctx);
            } else if (method.equals(HttpMethod.POST)) {
                request = RequestReader.fromPost(ctx, config.limits().maxBodyBytes());
            } else if (method.equals(HttpMethod.OPTIONS)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD, POST, OPTIONS").setStatusCode(204).end();
                return;
            } else {
                throw HttpProblem.methodNotAllowed("GET, HEAD, POST", "Method " + method.name()
                        + " is not allowed: send queries with GET or POST, mutations with POST");
            }
            request = checks.withPersistedQuery(request);
            DocumentCache.Checked known = documents.find(request.query());
            ResponseCache.Key key = known == null ? null : answers.key(request.operationName(), known.normalized(), request.variables());
            if (key != null && answerFromCache(ctx, request, key, mediaType, start)) {
                return;
            }
            RequestChecks.Checked checked = checks.check(request, known, key, operationName);
            if (known == null && answerFromCache(ctx, checked.request(), checked.answerKey(), mediaType, start)) {
                return; // a new spelling of a document answered before
            }
            String name = operationName[0];
            OperationTracing.operation(ctx, name, checked.operation(), checked.analysis());
            if (checked.cacheable()) {
                String type = mediaType;
                caching.dataVersion()
                        .subscribe().with(
                                version -> executeOrNotModified(ctx, checked, type, name, start,
                                        ResponseCaching.etag(version, type, checked.request())),
                                failure -> {
                                    LOG.warnf("Data version unavailable, answering without ETag: %s", failure.toString());
                                    execution.execute(ctx, checked, type, name, start, null);
                                });
            } else {
                execution.execute(ctx, checked, mediaType, name, start, null);
            }
        } catch (HttpProblem problem) {
            OperationTracing.operation(ctx, operationName[1], null, null);
            if (RateLimit.chargeExecution(ctx)) { // a refused request costs as much as an executed one
                Replies.respond(ctx, mediaType, problem);
            }
            metrics.record(operationName[0], "rejected", start);
        }
    }

    /**
     * A request that was answered before, with the same normalised document, variables, operation and data version:
     * answered again from memory, without the checks (they would pass again: they depend on nothing else) and without
     * executing. GETs keep their ETag, Cache-Control and 304s.
     */
    private boolean answerFromCache(RoutingContext ctx, GraphQLHttpRequest request, ResponseCache.Key key,
            String mediaType, long start) {
        ResponseCache.Answer answer = answers.find(key);
        if (answer == null) {
            return false;
        }
        OperationTracing.cacheHit(ctx, answer.operationName());
        HttpServerResponse http = ctx.response();
        if (request.get()) {
            String etag = ResponseCaching.etag(key.dataVersion(), mediaType, request);
            if (notModified(ctx, etag, answer.operationName(), start)) {
                return true;
            }
            http.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, Replies.cacheControl(config));
        } else {
            http.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        http.putHeader(HttpHeaders.VARY, Replies.VARY);
        Replies.end(http, 200, mediaType, answer.body());
        metrics.record(answer.operationName(), "ok", start);
        return true;
    }

    private void executeOrNotModified(RoutingContext ctx, RequestChecks.Checked checked, String mediaType, String operationName,
            long start, String etag) {
        // "*" (any current answer) cannot match before executing: an operation that fails has no answer to keep
        boolean anyAnswer = "*".equals(String.valueOf(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH)).strip());
        if (anyAnswer || !notModified(ctx, etag, operationName, start)) {
            execution.execute(ctx, checked, mediaType, operationName, start, etag);
        }
    }

    /** Answers 304 when the client's If-None-Match matches the ETag; false when it does not. */
    private boolean notModified(RoutingContext ctx, String etag, String operationName, long start) {
        if (!ResponseCaching.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return false;
        }
        ctx.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, Replies.cacheControl(config))
                .putHeader(HttpHeaders.VARY, Replies.VARY)
                .setStatusCode(304)
                .end();
        metrics.record(operationName, "not_modified", start);
        return true;
    }

    /**
     * A request the routes could not read: its body too large (413), its bytes not HTTP (a malformed chunk: 400), or
     * its client gone (nothing to answer). Only what remains is a fault of ours, logged as one.
     */
    private void failure(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed()) {
            LOG.debugf("Client left before its request was read: %s", ctx.failure());
            return;
        }
        String mediaType = Replies.failureMediaType(ctx);
        if (ctx.statusCode() == 413) {
            Replies.respond(ctx, mediaType, RequestReader.tooLarge(Replies.contentLength(ctx), config.limits().maxBodyBytes()));
            return;
        }
        if (ctx.get(READING_BODY) != null) {
            LOG.debugf("Request body unreadable: %s", ctx.failure());
            Replies.respond(ctx, mediaType, HttpProblem.badRequest("The request body could not be read as HTTP sends it (a malformed chunk?)"));
            return;
        }
        String path = ctx.request().path();
        if (path == null || !path.startsWith("/")) { // Vert.x fails it with 404 before any handler
            Replies.respond(ctx, mediaType, HttpProblem.badRequest("The request target must be a path from the root: \"/graphql?...\""));
            return;
        }
        Replies.respond(ctx, mediaType, HttpProblem.internal(LOG, ctx.failure(), "Unexpected failure on /graphql"));
    }

}
