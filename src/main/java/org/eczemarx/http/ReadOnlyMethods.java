package org.eczemarx.http;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every path but {@code /graphql} is read: GET and HEAD, OPTIONS a 204 with {@code Allow}, any other method a coded 405
 * with {@code Allow}. Quarkus serves the health checks and metrics ({@code /q/health}, {@code /q/metrics}) for
 * any method (a DELETE of {@code /q/health} answered 200), Vert.x Web refused the other methods of {@code /downloads}
 * and the landing page with a 405 without a body, and an OPTIONS of the landing page was a 404. {@code /graphql} and its
 * schema file answer their methods themselves. A path nothing serves is a coded 404 ({@code NOT_FOUND}) for every
 * method, not Vert.x Web's HTML page.
 */
@ApplicationScoped
class ReadOnlyMethods {

    private static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    /**
     * The paths read with GET whose other methods are refused with 405, as Vert.x Web routes them (normalized, a
     * trailing slash ignored); /graphql and its schema answer their own methods. The UIs of health checks and of dev
     * mode are there in tests and dev mode only.
     */
    private static final Pattern SERVED = Pattern.compile(
            "/(index\\.html)?|/downloads(/[^/]*)?|/q/(health|metrics|graphql-ui|health-ui|dev-ui)(/.*)?");

    void install(@Observes Router router) {
        // After CORS (a preflight is answered there), before Quarkus' health and metrics routes
        router.routeWithRegex("/(index\\.html)?|/q/(health|metrics)(/.*)?").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(ReadOnlyMethods::guard);
        // What Vert.x Web refuses with 405 when no route of the path takes the method: Allow as it computed it. Quarkus'
        // static files are one route for GET, HEAD and OPTIONS on every path, so any other method on a path nothing
        // serves would be a 405 too: it is a 404, as a GET of it is.
        router.errorHandler(405, ctx -> {
            if (SERVED.matcher(ctx.normalizedPath()).matches()) {
                refuse(ctx, Objects.requireNonNullElse(ctx.response().headers().get(HttpHeaders.ALLOW), "GET, HEAD"));
            } else {
                notFound(ctx);
            }
        });
        // No route serves the path: Vert.x Web's page is HTML ("Resource not found"), the API's answers are coded
        router.errorHandler(404, ReadOnlyMethods::notFound);
    }

    private static void notFound(RoutingContext ctx) {
        Replies.respond(ctx, Replies.failureMediaType(ctx), HttpProblem.status(404, "NOT_FOUND", "Nothing is served at "
                + ctx.request().path() + ": the API is /graphql (GraphiQL: /q/graphql-ui; the schema: /graphql/schema.graphql)"));
    }

    private static void guard(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (READS.contains(method)) {
            ctx.next();
        } else if (method.equals(HttpMethod.OPTIONS)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, ALLOW).setStatusCode(204).end();
        } else {
            refuse(ctx, ALLOW);
        }
    }

    private static void refuse(RoutingContext ctx, String allow) {
        Replies.respond(ctx, Replies.failureMediaType(ctx), HttpProblem.methodNotAllowed(allow, "Method "
                + ctx.request().method().name() + " is not allowed on " + ctx.request().path() + ": it is read with GET"));
    }
}
