package org.eczemarx.persistence;

import io.quarkus.opentelemetry.runtime.QuarkusContextStorage;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Keeps a read's SQL statements in the trace of the request that asked for it. OpenTelemetry keeps the current span
 * in the locals of the request's duplicated Vert.x context; {@link Reads} runs each read on a fresh duplicated context,
 * whose locals start empty, so the reactive client's statement spans would otherwise start traces of their own.
 */
final class ReadTracing {

    private ReadTracing() {
    }

    /** Makes the caller's trace context current on the read's context; nothing when tracing is off. */
    static void follow(Context read) {
        io.opentelemetry.context.Context trace = QuarkusContextStorage.getOtelContext(Vertx.currentContext());
        if (trace != null) {
            // Never closed: the read's context ends with the read.
            QuarkusContextStorage.INSTANCE.attach(read, trace);
        }
    }
}
