package org.eczemarx.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Workaround: the schema file SmallRye GraphQL serves at {@code /graphql/schema.graphql} answers every method. Quarkus'
 * {@code SmallRyeGraphQLSchemaHandler} (3.34) sets {@code Allow} on an OPTIONS request that is not a CORS preflight
 * but never ends the response, so the request hangs until the client gives up (the bug quarkusio/quarkus#10604 fixed
 * in the OpenAPI handler), and it answers other methods 405 without {@code Allow} or a body. Here OPTIONS is 204 with
 * {@code Allow}, and every method but GET a coded 405; GET goes on to SmallRye. {@code SchemaFileMethodsTest} fails
 * when SmallRye's handler answers OPTIONS itself: then this class can go.
 */
@ApplicationScoped
class SchemaFileMethods {

    static final String PATH = "/graphql/schema.graphql";
    private static final String ALLOW = "GET, OPTIONS";

    void install(@Observes Router router) {
        // After CORS (a preflight is answered there), before SmallRye's route
        router.route(PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            if (method.equals(HttpMethod.GET)) {
                ctx.next();
            } else if (method.equals(HttpMethod.OPTIONS)) {
                ctx.response().putHeader(HttpHeaders.ALLOW, ALLOW).setStatusCode(204).end();
            } else {
                Replies.respond(ctx, Replies.JSON, HttpProblem.methodNotAllowed(ALLOW,
                        "Method " + method.name() + " is not allowed: GET the schema"));
            }
        });
    }
}
