package org.eczemarx.http;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.graphql.Engine;
import org.eczemarx.error.InvalidDocumentException;
import org.eczemarx.error.LimitExceededException;
import org.eczemarx.graphql.QueryLimits;
import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The public GraphQL endpoint at {@code /graphql}, in front of SmallRye's: GraphQL over HTTP (GET and POST, media
 * types and status codes), automatic persisted queries, ETag and Cache-Control for GET, the limits of
 * {@link QueryLimits}, a per-request timeout and metrics per operation. Every request is checked here before
 * {@link Engine} executes it, and every answer, also for hostile input, is a GraphQL error with
 * {@code extensions.code}, never a stack trace.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    private static final String VARY = "Accept, Accept-Encoding, Origin";

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);

    private final ApiConfig config;
    private final QueryLimits limits;
    private final PersistedQueries persistedQueries;
    private final ResponseCaching caching;
    private final DocumentCache documents;
    private final ResponseCache answers;
    private final Admission admission;
    private final OperationMetrics metrics;
    private final OperationTracing tracing;
    private final GraphQLSchema schema;
    private final Engine engine;

    GraphQLEndpoint(ApiConfig config, QueryLimits limits, PersistedQueries persistedQueries, ResponseCaching caching,
            DocumentCache documents, ResponseCache answers, Admission admission, OperationMetrics metrics,
            OperationTracing tracing, GraphQLSchema schema, Engine engine) {
        this.config = config;
        this.limits = limits;
        this.persistedQueries = persistedQueries;
        this.caching = caching;
        this.documents = documents;
        this.answers = answers;
        this.admission = admission;
        this.metrics = metrics;
        this.tracing = tracing;
        this.schema = schema;
        this.engine = engine;
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
                        bodies.handle(ctx);
                    } else {
                        ctx.next();
                    }
                })
                .handler(this::handle)
                .failureHandler(this::failure);
    }

    /** A request that passed every check, ready to execute; {@code answerKey} is null when it may not be cached. */
    private record Checked(GraphQLHttpRequest request, Document document, OperationDefinition operation,
            QueryLimits.Analysis analysis, boolean cacheable, ResponseCache.Key answerKey) {
    }

    private void handle(RoutingContext ctx) {
        long start = System.nanoTime();
        tracing.start(ctx);
        String mediaType = JSON;
        String[] operationName = {null}; // known once the document is parsed; rejections are counted under it too
        try {
            mediaType = responseMediaType(ctx);
            HttpMethod method = ctx.request().method();
            GraphQLHttpRequest request;
            if (method.equals(HttpMethod.GET)) {
                request = RequestReader.fromGet(ctx);
            } else if (method.equals(HttpMethod.POST)) {
                request = RequestReader.fromPost(ctx, config.limits().maxBodyBytes());
            } else if (method.equals(HttpMethod.OPTIONS)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS").setStatusCode(204).end();
                return;
            } else {
                throw HttpProblem.methodNotAllowed("GET, POST", "Method " + method.name()
                        + " is not allowed: send queries with GET or POST, mutations with POST");
            }
            operationName[0] = request.operationName();
            request = withPersistedQuery(request);
            DocumentCache.Checked known = documents.find(request.query());
            ResponseCache.Key key = known == null ? null : answers.key(request.operationName(), known.normalized(), request.variables());
            if (key != null && answerFromCache(ctx, request, key, mediaType, start)) {
                return;
            }
            Checked checked = check(request, known, key, operationName);
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
                                    execute(ctx, checked, type, name, start, null);
                                });
            } else {
                execute(ctx, checked, mediaType, name, start, null);
            }
        } catch (HttpProblem problem) {
            OperationTracing.operation(ctx, operationName[0], null, null);
            if (RateLimit.chargeExecution(ctx)) { // a refused request costs as much as an executed one
                respond(ctx, mediaType, problem);
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
            http.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl());
        } else {
            http.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        http.putHeader(HttpHeaders.VARY, VARY);
        end(http, 200, mediaType, answer.body());
        metrics.record(answer.operationName(), "ok", start);
        return true;
    }

    /** Automatic persisted queries: the document named by its hash, or the hash checked against the document. */
    private GraphQLHttpRequest withPersistedQuery(GraphQLHttpRequest request) {
        String hash = PersistedQueries.requestedHash(request);
        if (hash != null && request.query() == null) {
            String known = persistedQueries.find(hash);
            if (known == null) {
                throw HttpProblem.persistedQueryNotFound();
            }
            return request.withQuery(known);
        }
        if (hash != null && !PersistedQueries.sha256(request.query()).equals(hash)) {
            throw HttpProblem.badRequest("provided sha does not match query: `sha256Hash` must be the SHA-256 of `query` (UTF-8, hex)");
        }
        return request;
    }

    /**
     * Every check that can refuse a request, cheapest first; nothing here executes the operation. A document seen
     * before ({@code known}, with its answer {@code key} when one may be cached) is not parsed, measured or validated
     * again: only what depends on this request's operation name and variables is checked.
     */
    private Checked check(GraphQLHttpRequest request, DocumentCache.Checked known, ResponseCache.Key key,
            String[] operationName) {
        Document document;
        OperationDefinition operation;
        QueryLimits.Analysis analysis;
        try {
            if (known != null) {
                document = known.document();
            } else {
                document = limits.parse(request.query());
                limits.checkDocument(document);
            }
            try {
                operation = NodeUtil.getOperation(document, request.operationName()).operationDefinition;
                if (operation.getName() != null) {
                    operationName[0] = operation.getName();
                }
            } catch (RuntimeException e) {
                throw HttpProblem.requestError("GRAPHQL_VALIDATION_FAILED", request.operationName() == null
                        ? "The document holds no operation or several: name the one to run in `operationName`"
                        : "The document has no operation named '" + request.operationName() + "'");
            }
            if (request.get() && operation.getOperation() != OperationDefinition.Operation.QUERY) {
                throw HttpProblem.methodNotAllowed("POST", "A " + operation.getOperation().name().toLowerCase(Locale.ROOT)
                        + " cannot be sent with GET: use POST");
            }
            analysis = limits.checkOperation(schema, document, operation, request.variables());
        } catch (InvalidSyntaxException e) {
            throw HttpProblem.requestError("GRAPHQL_PARSE_FAILED", e.getMessage());
        } catch (LimitExceededException e) {
            throw HttpProblem.requestError("LIMIT_EXCEEDED", e.getMessage());
        } catch (InvalidDocumentException e) {
            throw HttpProblem.requestError("GRAPHQL_VALIDATION_FAILED", e.getMessage());
        }
        if (analysis.introspection() && !config.http().introspection()) {
            throw HttpProblem.requestError("GRAPHQL_VALIDATION_FAILED",
                    "Introspection is disabled on this server: use the schema published with the API (server setting eczemarx.http.introspection)");
        }
        if (known == null) {
            List<ValidationError> invalid = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
            if (!invalid.isEmpty()) {
                throw HttpProblem.requestErrors("GRAPHQL_VALIDATION_FAILED", invalid.stream().map(e -> ErrorShapes.plain(e.getMessage())).toList());
            }
            NulCharacters.refuseIn(request.query(), document);
            known = documents.remember(request.query(), document);
        }
        StrictVariables.check(schema, operation, request.variables());
        try {
            ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(), RawVariables.of(request.variables()),
                    GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (RuntimeException e) {
            throw HttpProblem.requestError("BAD_USER_INPUT", ErrorShapes.plain(e.getMessage()));
        }
        NulCharacters.refuseIn(request.variables());
        String hash = PersistedQueries.requestedHash(request);
        if (hash != null) {
            persistedQueries.register(hash, request.query());
        }
        boolean query = operation.getOperation() == OperationDefinition.Operation.QUERY;
        if (key == null && query) {
            key = answers.key(request.operationName(), known.normalized(), request.variables());
        }
        return new Checked(request, document, operation, analysis, request.get() && !analysis.introspection(), query ? key : null);
    }

    private void executeOrNotModified(RoutingContext ctx, Checked checked, String mediaType, String operationName,
            long start, String etag) {
        if (!notModified(ctx, etag, operationName, start)) {
            execute(ctx, checked, mediaType, operationName, start, etag);
        }
    }

    /** Answers 304 when the client's If-None-Match matches the ETag; false when it does not. */
    private boolean notModified(RoutingContext ctx, String etag, String operationName, long start) {
        if (!ResponseCaching.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return false;
        }
        ctx.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl())
                .putHeader(HttpHeaders.VARY, VARY)
                .setStatusCode(304)
                .end();
        metrics.record(operationName, "not_modified", start);
        return true;
    }

    /**
     * Executes when {@link Admission} gives a slot: now, or on this request's context once a slot frees up. A request
     * whose client left, or that waited longer than the execution timeout, gives its slot back unexecuted.
     */
    private void execute(RoutingContext ctx, Checked checked, String mediaType, String operationName, long start,
            String etag) {
        if (!RateLimit.chargeExecution(ctx)) {
            metrics.record(operationName, "rate_limited", start);
            return; // answered 429: an answer from memory costs a tenth of an executed one
        }
        Context context = Vertx.currentContext();
        long timeoutNanos = Math.max(1, config.limits().executionTimeout().toMillis()) * 1_000_000;
        boolean admitted = admission.enter(() -> {
            if (Vertx.currentContext() == context) {
                run(ctx, checked, mediaType, operationName, start, etag);
                return;
            }
            context.runOnContext(ignored -> {
                if (ctx.response().ended() || ctx.response().closed()) {
                    admission.leave();
                } else if (System.nanoTime() - start > timeoutNanos) {
                    admission.leave();
                    respond(ctx, mediaType, HttpProblem.overloaded("The server was busy for longer than the execution timeout: retry shortly"));
                    metrics.record(operationName, "rejected", start);
                } else {
                    run(ctx, checked, mediaType, operationName, start, etag);
                }
            });
        });
        if (!admitted) {
            respond(ctx, mediaType, HttpProblem.overloaded("The server is at capacity (every execution slot and queue place is taken): retry shortly"
                    + " (server settings eczemarx.limits.max-concurrent-executions, max-queued-executions)"));
            metrics.record(operationName, "rejected", start);
        }
    }

    /** Executes the checked request with {@link Engine}, answering LIMIT_EXCEEDED if it outlasts the timeout. */
    private void run(RoutingContext ctx, Checked checked, String mediaType, String operationName, long start,
            String etag) {
        Context context = Vertx.currentContext();
        AtomicBoolean answered = new AtomicBoolean();
        long timeoutMillis = Math.max(1, config.limits().executionTimeout().toMillis());
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        HttpProblem timeout = HttpProblem.status(503, "LIMIT_EXCEEDED", "The operation did not finish within "
                + timeoutMillis + " ms: ask for less data (smaller pages, fewer nested lists)"
                + " (server setting eczemarx.limits.execution-timeout)");
        long timer = ctx.vertx().setTimer(timeoutMillis, id -> {
            if (answered.compareAndSet(false, true)) {
                respond(ctx, mediaType, timeout);
                metrics.record(operationName, "timeout", start);
            }
        });
        GraphQLHttpRequest request = checked.request();
        CompletableFuture<ExecutionResult> execution;
        try {
            execution = engine.execute(checked.document(), request.query(), request.operationName(), request.variables(), deadline);
        } catch (RuntimeException e) {
            execution = CompletableFuture.failedFuture(e);
        }
        execution.whenComplete((result, failure) -> {
            if (Vertx.currentContext() == context) {
                finish(ctx, checked, mediaType, operationName, start, etag, timer, timeout, answered, deadline, result, failure);
            } else {
                context.runOnContext(ignored -> finish(ctx, checked, mediaType, operationName, start, etag, timer, timeout,
                        answered, deadline, result, failure));
            }
        });
    }

    /** Gives the execution slot back and answers, on the request's context, unless the timeout answered first. */
    private void finish(RoutingContext ctx, Checked checked, String mediaType, String operationName, long start,
            String etag, long timer, HttpProblem timeout, AtomicBoolean answered, long deadline, ExecutionResult result,
            Throwable failure) {
        admission.leave();
        ctx.vertx().cancelTimer(timer);
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        if (failure != null) {
            LOG.error("GraphQL execution failed", failure);
            respond(ctx, mediaType, HttpProblem.status(500, "INTERNAL_SERVER_ERROR", "Internal server error"));
            metrics.record(operationName, "error", start);
        } else if (!result.getErrors().isEmpty() && System.nanoTime() - deadline > 0) {
            // Fields fetched after the deadline failed (ExecutionDeadline): that is a timeout, not a result.
            respond(ctx, mediaType, timeout);
            metrics.record(operationName, "timeout", start);
        } else {
            writeResult(ctx, checked, mediaType, operationName, start, etag, result);
        }
    }

    private void writeResult(RoutingContext ctx, Checked checked, String mediaType, String operationName, long start,
            String etag, ExecutionResult result) {
        boolean errors = !result.getErrors().isEmpty();
        // No data at all means the request failed before execution (spec: a request error, 4xx for the new media type).
        int status = !result.isDataPresent() && errors && mediaType.equals(GRAPHQL_RESPONSE_JSON) ? 400 : 200;
        HttpServerResponse http = ctx.response();
        if (etag != null && !errors) {
            http.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, cacheControl());
        } else {
            http.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        http.putHeader(HttpHeaders.VARY, VARY);
        Buffer body;
        if (errors) {
            String text = ErrorShapes.coded(result);
            if (text.contains("\"code\":\"SERVICE_UNAVAILABLE\"")) {
                // The database is unreachable: a state to retry after, for every client and cache on the way.
                status = 503;
                http.putHeader(HttpHeaders.RETRY_AFTER, "2");
            }
            OperationTracing.executed(ctx, true, text);
            body = Buffer.buffer(text);
        } else {
            body = DataJson.of(result.getData());
            answers.store(checked.answerKey(), new ResponseCache.Answer(body, operationName));
            OperationTracing.executed(ctx, false, null);
        }
        end(http, status, mediaType, body);
        metrics.record(operationName, errors ? "error" : "ok", start);
    }

    private String cacheControl() {
        int maxAge = config.http().cacheMaxAge();
        return maxAge > 0 ? "public, max-age=" + maxAge : "no-cache";
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.statusCode() == 413) {
            respond(ctx, JSON, RequestReader.tooLarge(contentLength(ctx), config.limits().maxBodyBytes()));
            return;
        }
        LOG.error("Unexpected failure on /graphql", ctx.failure());
        respond(ctx, JSON, HttpProblem.status(500, "INTERNAL_SERVER_ERROR", "Internal server error"));
    }

    private static long contentLength(RoutingContext ctx) {
        try {
            return Long.parseLong(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void respond(RoutingContext ctx, String mediaType, HttpProblem problem) {
        if (ctx.response().ended()) {
            return;
        }
        JsonArray errors = new JsonArray();
        for (String message : problem.messages) {
            errors.add(new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", problem.code)));
        }
        OperationTracing.failed(ctx, problem.code);
        HttpServerResponse response = ctx.response();
        problem.headers.forEach(response::putHeader);
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        int status = mediaType.equals(GRAPHQL_RESPONSE_JSON) ? problem.graphqlResponseStatus : problem.jsonStatus;
        end(response, status, mediaType, new JsonObject().put("errors", errors).encode());
    }

    private static void end(HttpServerResponse response, int status, String mediaType, String body) {
        end(response, status, mediaType, Buffer.buffer(body));
    }

    private static void end(HttpServerResponse response, int status, String mediaType, Buffer body) {
        // Quarkus marks responses "identity" when compression is on; JSON is worth compressing.
        response.headers().remove(HttpHeaders.CONTENT_ENCODING);
        response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .setStatusCode(status)
                .end(body);
    }

    /**
     * The response media type from Accept, in the client's order of preference: the GraphQL over HTTP media type, or
     * {@code application/json} for legacy clients, wildcards and requests without Accept.
     */
    private static String responseMediaType(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        if (accepted.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader header : accepted) {
            if (header.weight() <= 0) {
                continue;
            }
            String type = header.component();
            String subtype = header.subComponent();
            if (type.equals("application") && subtype.equals("graphql-response+json")) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (type.equals("application") && (subtype.equals("json") || subtype.equals("*")) || type.equals("*")) {
                return JSON;
            }
        }
        throw HttpProblem.status(406, "NOT_ACCEPTABLE",
                "None of the Accept media types is served: accept application/graphql-response+json or application/json");
    }
}
