package org.eczemarx.http;

import java.util.List;

import org.eczemarx.graphql.ApiConfig;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

/** How answers are written: media type negotiation, coded request errors, headers and UTF-8 bodies. */
final class Replies {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    static final String VARY = "Accept, Accept-Encoding, Origin";

    private Replies() {
    }

    static void respond(RoutingContext ctx, String mediaType, HttpProblem problem) {
        if (ctx.response().ended()) {
            return;
        }
        JsonArray errors = new JsonArray();
        for (int i = 0; i < problem.messages.size(); i++) {
            JsonObject error = new JsonObject().put("message", ErrorShapes.bounded(problem.messages.get(i)));
            if (problem.locations != null && !problem.locations.get(i).isEmpty()) {
                error.put("locations", problem.locations.get(i)); // the order of the spec's example: message, locations
            }
            errors.add(error.put("extensions", new JsonObject().put("code", problem.code)));
        }
        OperationTracing.failed(ctx, problem.code);
        HttpServerResponse response = ctx.response();
        problem.headers.forEach(response::putHeader);
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader(HttpHeaders.VARY, VARY); // the status follows Accept
        int status = mediaType.equals(GRAPHQL_RESPONSE_JSON) ? problem.graphqlResponseStatus : problem.jsonStatus;
        end(response, status, mediaType, new JsonObject().put("errors", errors).encode());
    }

    static void end(HttpServerResponse response, int status, String mediaType, String body) {
        end(response, status, mediaType, Buffer.buffer(body));
    }

    static void end(HttpServerResponse response, int status, String mediaType, Buffer body) {
        // Quarkus marks responses "identity" when compression is on; JSON is worth compressing.
        response.headers().remove(HttpHeaders.CONTENT_ENCODING);
        response.putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                .setStatusCode(status)
                .end(body);
    }

    /**
     * The response media type from Accept (media types are case-insensitive), in the client's order of preference: the
     * GraphQL over HTTP media type, or {@code application/json} for legacy clients, wildcards and requests without Accept.
     */
    static String responseMediaType(RoutingContext ctx) {
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
            if (type.equalsIgnoreCase("application") && subtype.equalsIgnoreCase("graphql-response+json")) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (type.equalsIgnoreCase("application") && (subtype.equalsIgnoreCase("json") || subtype.equals("*")) || type.equals("*")) {
                return JSON;
            }
        }
        throw HttpProblem.status(406, "NOT_ACCEPTABLE",
                "None of the Accept media types is served: accept application/graphql-response+json or application/json");
    }

    /** The media type of an error answer: as {@link #responseMediaType}, or {@code application/json} when none is acceptable. */
    static String failureMediaType(RoutingContext ctx) {
        try {
            return responseMediaType(ctx);
        } catch (HttpProblem notAcceptable) {
            return JSON;
        }
    }

    static long contentLength(RoutingContext ctx) {
        try {
            return Long.parseLong(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** Cache-Control of a cacheable answer: public for {@code eczemarx.http.cache-max-age} seconds, else revalidated. */
    static String cacheControl(ApiConfig config) {
        int maxAge = config.http().cacheMaxAge();
        return maxAge > 0 ? "public, max-age=" + maxAge : "no-cache";
    }
}
