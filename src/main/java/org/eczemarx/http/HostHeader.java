package org.eczemarx.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request whose {@code Host} is missing or not {@code host[:port]} gets a coded 400 on every path, as RFC 9112 3.2
 * asks. Vert.x Web fails such an HTTP/1.1 request with 400 before any route runs; the failure then reached /graphql's
 * handler as a fault of ours (500 {@code INTERNAL}) and other paths Quarkus' error page, whose text said 500.
 */
@ApplicationScoped
class HostHeader {

    void install(@Observes Router router) {
        // Only a failure handler: ordinary requests pass this route by; failures come here before any other handler
        router.route().order(Integer.MIN_VALUE).failureHandler(HostHeader::failure);
    }

    private static void failure(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (ctx.statusCode() == 400 && request.version() != HttpVersion.HTTP_1_0 && request.authority() == null) {
            Replies.respond(ctx, Replies.failureMediaType(ctx), HttpProblem.badRequest(
                    "The Host header is missing or is not host or host:port: send the server's name, e.g. \"Host: "
                            + "api.example.org\""));
        } else {
            ctx.next();
        }
    }
}
