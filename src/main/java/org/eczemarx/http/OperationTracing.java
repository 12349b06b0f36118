package org.eczemarx.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eczemarx.graphql.QueryLimits;

import graphql.language.OperationDefinition;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One OpenTelemetry span per GraphQL request on {@code /graphql}: operation name and type, the depth and cost that
 * {@link QueryLimits} measured, whether the response cache answered, and the outcome ({@code ok} or the error code
 * the client got). The span is made current on the request's Vert.x context while the operation executes, so the
 * reactive PostgreSQL client's statement spans are its children, and log lines carry its trace id.
 *
 * <p>With the SDK disabled (the default, {@code quarkus.otel.sdk.disabled}) nothing is created: every hook returns at
 * once.
 */
@ApplicationScoped
public class OperationTracing {

    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("graphql.operation.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    static final AttributeKey<Long> DEPTH = AttributeKey.longKey("eczemarx.graphql.depth");
    static final AttributeKey<Long> COST = AttributeKey.longKey("eczemarx.graphql.cost");
    static final AttributeKey<Boolean> CACHE_HIT = AttributeKey.booleanKey("eczemarx.graphql.cache_hit");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("eczemarx.graphql.outcome");

    private static final String KEY = OperationTracing.class.getName();
    /** Operation names come from clients: only GraphQL names become part of a span name. */
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");
    private static final Pattern FIRST_CODE = Pattern.compile("\"extensions\":\\{\"code\":\"([A-Z_]{1,64})\"");

    private final Tracer tracer;
    private final boolean enabled;

    OperationTracing(Tracer tracer, @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean sdkDisabled) {
        this.tracer = tracer;
        this.enabled = !sdkDisabled;
    }

    /** What is known of one request's operation, written to its span when the response ends. */
    private static final class Trace {
        private final Span span;
        private final Scope scope;
        private String operationName;
        private String operationType;
        private String outcome;
        private boolean cacheHit;

        private Trace(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
        }

        private void end(int status) {
            String result = outcome != null ? outcome : status < 400 ? "ok" : "HTTP_" + status;
            String name = operationName != null && NAME.matcher(operationName).matches() ? operationName : null;
            String type = operationType != null ? operationType : "operation";
            span.updateName(name == null ? "GraphQL " + type : type + " " + name);
            if (name != null) {
                span.setAttribute(OPERATION_NAME, name);
            }
            if (operationType != null) {
                span.setAttribute(OPERATION_TYPE, operationType);
            }
            span.setAttribute(CACHE_HIT, cacheHit);
            span.setAttribute(OUTCOME, result);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR, result);
            }
            scope.close();
            span.end();
        }
    }

    /** Starts the request's span, current on its Vert.x context until the response ends (or the client leaves). */
    void start(RoutingContext ctx) {
        if (!enabled) {
            return;
        }
        Span span = tracer.spanBuilder("GraphQL operation").setSpanKind(SpanKind.INTERNAL).startSpan();
        if (!span.isRecording()) {
            return; // not sampled
        }
        Trace trace = new Trace(span, span.makeCurrent());
        ctx.put(KEY, trace);
        ctx.addEndHandler(ended -> trace.end(ctx.response().getStatusCode()));
    }

    /** The operation that was checked (analysis null when the request was refused before it was measured). */
    static void operation(RoutingContext ctx, String name, OperationDefinition operation, QueryLimits.Analysis analysis) {
        Trace trace = ctx.get(KEY);
        if (trace == null) {
            return;
        }
        trace.operationName = name;
        if (operation != null) {
            trace.operationType = operation.getOperation().name().toLowerCase(Locale.ROOT);
        }
        if (analysis != null) {
            trace.span.setAttribute(DEPTH, (long) analysis.depth());
            trace.span.setAttribute(COST, analysis.complexity());
        }
    }

    /** The response cache answered, without executing. */
    static void cacheHit(RoutingContext ctx, String name) {
        Trace trace = ctx.get(KEY);
        if (trace == null) {
            return;
        }
        trace.cacheHit = true;
        trace.operationName = name;
        trace.operationType = "query";
        trace.outcome = "ok";
    }

    /** The request was answered with an error of this code. */
    static void failed(RoutingContext ctx, String code) {
        Trace trace = ctx.get(KEY);
        if (trace != null) {
            trace.outcome = code;
        }
    }

    /** The operation executed: {@code ok}, or the code of its first error. */
    static void executed(RoutingContext ctx, boolean errors, String body) {
        Trace trace = ctx.get(KEY);
        if (trace == null) {
            return;
        }
        if (!errors) {
            trace.outcome = "ok";
            return;
        }
        Matcher code = FIRST_CODE.matcher(body);
        trace.outcome = code.find() ? code.group(1) : "INTERNAL";
    }
}
