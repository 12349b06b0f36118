package org.eczemarx.http;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaPrinter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * The methods of the schema file SmallRye GraphQL serves at {@code /graphql/schema.graphql}: GET goes on to SmallRye,
 * with an ETag (a 304 when {@code If-None-Match} matches it); HEAD answers the same headers without a body; OPTIONS is 204
 * with {@code Allow}; any other method a coded 405.
 *
 * <p>Workaround: Quarkus' {@code SmallRyeGraphQLSchemaHandler} (3.34) sets {@code Allow} on an OPTIONS request that is
 * not a CORS preflight but never ends the response, so the request hangs until the client gives up (the bug
 * quarkusio/quarkus#10604 fixed in the OpenAPI handler), and it answers other methods, HEAD too, 405 without
 * {@code Allow} or a body. {@code SchemaFileMethodsTest} fails when SmallRye's handler answers OPTIONS itself: then the
 * OPTIONS branch can go.
 */
@ApplicationScoped
class SchemaFileMethods {

    static final String PATH = "/graphql/schema.graphql";
    private static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final String TYPE = "text/plain; charset=UTF-8";

    private final Instance<GraphQLSchema> schema;
    private volatile String etag;

    SchemaFileMethods(Instance<GraphQLSchema> schema) {
        this.schema = schema;
    }

    void install(@Observes Router router) {
        // After CORS (a preflight is answered there), before SmallRye's route
        router.route(PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) {
            String tag = etag();
            // Origin too: the CORS handler echoes the caller's origin, and a shared cache must not hand it to another
            var response = ctx.response().putHeader(HttpHeaders.ETAG, tag).putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .putHeader(HttpHeaders.VARY, "Accept-Encoding, Origin");
            if (ResponseCaching.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
                response.setStatusCode(304).end();
            } else if (method.equals(HttpMethod.HEAD)) {
                // No Content-Length: it is known only once SmallRye prints the file (RFC 9110 9.3.2 lets a HEAD omit it)
                response.putHeader(HttpHeaders.CONTENT_TYPE, TYPE).end();
            } else {
                ctx.next();
            }
        } else if (method.equals(HttpMethod.OPTIONS)) {
            ctx.response().putHeader(HttpHeaders.ALLOW, ALLOW).setStatusCode(204).end();
        } else {
            Replies.respond(ctx, Replies.JSON, HttpProblem.methodNotAllowed(ALLOW,
                    "Method " + method.name() + " is not allowed: GET the schema"));
        }
    }

    /**
     * Weak: the hash of the schema as graphql-java prints it, which changes whenever SmallRye's print of it does, though
     * the bytes differ (RFC 9110 8.8.1). The schema is fixed once the application has started.
     */
    private String etag() {
        String tag = etag;
        if (tag == null) {
            String printed = new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(true)
                    .includeSchemaDefinition(true)).print(schema.get());
            tag = etag = "W/\"" + PersistedQueries.sha256(printed).substring(0, 32) + "\"";
        }
        return tag;
    }
}
