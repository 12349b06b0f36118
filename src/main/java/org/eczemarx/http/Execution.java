package org.eczemarx.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.graphql.Engine;
import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a checked request: charged to its client ({@link RateLimit}), admitted ({@link Admission}), executed by
 * {@link Engine} within the execution timeout, and written (data straight to UTF-8, errors coded by
 * {@link ErrorShapes}), then kept in the {@link ResponseCache} when it may be.
 */
@ApplicationScoped
class Execution {

    private static final Logger LOG = Logger.getLogger(Execution.class);

    private final ApiConfig config;
    private final Admission admission;
    private final ResponseCache answers;
    private final OperationMetrics metrics;
    private final Engine engine;

    Execution(ApiConfig config, Admission admission, ResponseCache answers, OperationMetrics metrics, Engine engine) {
        this.config = config;
        this.admission = admission;
        this.answers = answers;
        this.metrics = metrics;
        this.engine = engine;
    }

    /**
     * Executes when {@link Admission} gives a slot: now, or on this request's context once a slot frees up. A request
     * whose client left, or that waited longer than the execution timeout, gives its slot back unexecuted.
     */
    void execute(RoutingContext ctx, RequestChecks.Checked checked, String mediaType, String operationName, long start,
            String etag) {
        if (!RateLimit.chargeExecution(ctx)) {
            metrics.record(operationName, "rate_limited", start);
            return; // answered 429: an answer from memory costs a tenth of an executed one
        }
        admission.admit(ctx, start, config.limits().executionTimeout(),
                () -> run(ctx, checked, mediaType, operationName, start, etag),
                message -> {
                    Replies.respond(ctx, mediaType, HttpProblem.overloaded(message));
                    metrics.record(operationName, "rejected", start);
                });
    }

    /** Executes the checked request with {@link Engine}, answering LIMIT_EXCEEDED if it outlasts the timeout. */
    private void run(RoutingContext ctx, RequestChecks.Checked checked, String mediaType, String operationName, long start,
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
                Replies.respond(ctx, mediaType, timeout);
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
        // Gives the execution slot back and answers, on the request's context, unless the timeout answered first.
        BiConsumer<ExecutionResult, Throwable> finish = (result, failure) -> {
            admission.leave();
            ctx.vertx().cancelTimer(timer);
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            if (failure != null) {
                Replies.respond(ctx, mediaType, HttpProblem.internal(LOG, failure, "GraphQL execution failed"));
                metrics.record(operationName, "error", start);
            } else if (!result.getErrors().isEmpty() && System.nanoTime() - deadline > 0) {
                // Fields fetched after the deadline failed (ExecutionDeadline): that is a timeout, not a result.
                Replies.respond(ctx, mediaType, timeout);
                metrics.record(operationName, "timeout", start);
            } else {
                writeResult(ctx, checked, mediaType, operationName, start, etag, result);
            }
        };
        execution.whenComplete((result, failure) -> {
            if (Vertx.currentContext() == context) {
                finish.accept(result, failure);
            } else {
                context.runOnContext(ignored -> finish.accept(result, failure));
            }
        });
    }

    private void writeResult(RoutingContext ctx, RequestChecks.Checked checked, String mediaType, String operationName, long start,
            String etag, ExecutionResult result) {
        boolean errors = !result.getErrors().isEmpty();
        // No data at all means the request failed before execution (spec: a request error, 4xx for the new media type).
        int status = !result.isDataPresent() && errors && mediaType.equals(Replies.GRAPHQL_RESPONSE_JSON) ? 400 : 200;
        HttpServerResponse http = ctx.response();
        if (etag != null && !errors) {
            http.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, Replies.cacheControl(config));
        } else {
            http.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        http.putHeader(HttpHeaders.VARY, Replies.VARY);
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
        Replies.end(http, status, mediaType, body);
        metrics.record(operationName, errors ? "error" : "ok", start);
    }
}
