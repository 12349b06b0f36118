package org.eczemarx.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the request parameters of the GraphQL over HTTP spec from GET query strings and POST bodies, and rejects
 * anything else with a {@link HttpProblem} that says what was wrong: no input reaches the GraphQL engine unchecked.
 */
final class RequestReader {

    private RequestReader() {
    }

    static GraphQLHttpRequest fromGet(RoutingContext ctx) {
        MultiMap params;
        try {
            params = ctx.queryParams();
        } catch (RuntimeException e) {
            throw HttpProblem.badRequest("The query string is not valid URL encoding");
        }
        if (!percentDecodesToUtf8(ctx.request().query())) {
            // Vert.x decodes broken UTF-8 to U+FFFD: it would run a query the client did not send (a POST body is refused)
            throw HttpProblem.badRequest("The query string is not valid UTF-8 once percent-decoded");
        }
        String query = single(params, "query");
        String operationName = single(params, "operationName");
        Map<String, Object> variables = jsonParameter(single(params, "variables"), "variables");
        Map<String, Object> extensions = jsonParameter(single(params, "extensions"), "extensions");
        return checked(new GraphQLHttpRequest(blankToNull(query), blankToNull(operationName), variables, extensions, true));
    }

    static GraphQLHttpRequest fromPost(RoutingContext ctx, int maxBodyBytes) {
        String contentType = joined(ctx, "Content-Type");
        if (!isJson(contentType)) {
            throw HttpProblem.status(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type " + (contentType == null ? "(none)" : "'" + contentType + "'")
                    + " is not supported: send the request as application/json (UTF-8)");
        }
        String encoding = joined(ctx, "Content-Encoding");
        if (encoding != null && !java.util.Arrays.stream(encoding.split(",", -1))
                .allMatch(coding -> coding.isBlank() || coding.strip().equalsIgnoreCase("identity"))) {
            // request bodies are not decompressed: a gzip body would read as broken UTF-8 (RFC 9110 8.4: 415)
            throw HttpProblem.status(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Encoding '" + encoding.strip()
                    + "' is not supported for request bodies: send the JSON uncompressed");
        }
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw HttpProblem.badRequest("The request body is empty: send a JSON object with a `query`");
        }
        if (body.length() > maxBodyBytes) {
            throw tooLarge(body.length(), maxBodyBytes);
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(utf8(body));
        } catch (DecodeException e) {
            throw HttpProblem.badRequest(beyondLimits(e) ? "The request body's JSON " + PARSER_LIMITS
                    : "The request body is not valid JSON: send a JSON object with a `query`");
        }
        if (parsed instanceof JsonArray) {
            throw HttpProblem.badRequest("Batched requests (a JSON array) are not supported: send one operation per request");
        }
        if (!(parsed instanceof JsonObject json)) {
            throw HttpProblem.badRequest("The request body must be a JSON object with a `query`, not a JSON "
                    + (parsed == null ? "null" : parsed.getClass().getSimpleName().toLowerCase(Locale.ROOT)));
        }
        String query = string(json, "query");
        String operationName = string(json, "operationName");
        Map<String, Object> variables = object(json, "variables");
        Map<String, Object> extensions = object(json, "extensions");
        return checked(new GraphQLHttpRequest(query, blankToNull(operationName), variables, extensions, false));
    }

    /**
     * A header as one value: a header sent on several lines is the list those lines would make joined by commas
     * (RFC 9110 5.3), so a second {@code Content-Encoding: gzip} line is seen, not dropped behind the first.
     */
    static String joined(RoutingContext ctx, String name) {
        List<String> lines = ctx.request().headers().getAll(name);
        return lines.isEmpty() ? null : lines.size() == 1 ? lines.get(0) : String.join(", ", lines);
    }

    /** @param bytes the body's length, or -1 when it is not known (a chunked body, cut off at the limit) */
    static HttpProblem tooLarge(long bytes, int max) {
        return HttpProblem.status(413, "LIMIT_EXCEEDED", (bytes < 0 ? "The request body is larger than the limit of "
                : "The request body has " + bytes + " bytes, more than the limit of ") + max + " bytes: send a smaller document or fewer variables (a registered persisted query is sent by its hash alone)"
                + " (server setting eczemarx.limits.max-body-bytes)");
    }

    private static GraphQLHttpRequest checked(GraphQLHttpRequest request) {
        if (request.query() == null && request.extensions().get("persistedQuery") == null) { // {"persistedQuery": null} names none
            throw HttpProblem.badRequest("The request has no `query`: send a GraphQL document in `query`");
        }
        return request;
    }

    /**
     * {@code application/json}, optionally with {@code charset=utf-8}. A header repeated by a client as a comma-joined
     * list ({@code application/json, application/json}: SmallRye's GraphiQL page sends this) is accepted when every
     * item is JSON.
     */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        // -1 keeps empty items: "," and ";" are not JSON (and an empty split has no first part).
        for (String item : contentType.split(",", -1)) {
            if (!isJsonItem(item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isJsonItem(String contentType) {
        String[] parts = contentType.split(";", -1);
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].trim().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static final String PARSER_LIMITS = "is beyond what the JSON parser reads (nesting deeper than 1000 levels, a number"
            + " longer than 1000 digits or a string longer than 20 million characters): send a simpler value";

    /** Valid JSON the parser refuses by its limits (Jackson's StreamReadConstraints), not malformed JSON. */
    private static boolean beyondLimits(DecodeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    /** True when the query string's percent-escapes (and plain bytes) are UTF-8; malformed escapes are Vert.x's to refuse. */
    static boolean percentDecodesToUtf8(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(rawQuery.length());
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%' && i + 2 < rawQuery.length() && Character.digit(rawQuery.charAt(i + 1), 16) >= 0 && Character.digit(rawQuery.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(rawQuery.charAt(i + 1), 16) * 16 + Character.digit(rawQuery.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.write(c < 0x80 ? c : '?'); // a URL's own characters are ASCII
            }
        }
        try {
            strictUtf8(bytes.toByteArray());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The bytes as UTF-8 text; malformed or unmappable bytes are an error, not U+FFFD. */
    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String utf8(Buffer body) {
        try {
            return strictUtf8(body.getBytes());
        } catch (CharacterCodingException e) {
            throw HttpProblem.badRequest("The request body is not valid UTF-8");
        }
    }

    private static String single(MultiMap params, String name) {
        List<String> values = params.getAll(name);
        if (values.size() > 1) {
            throw HttpProblem.badRequest("The query parameter `" + name + "` appears " + values.size() + " times: send it once");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private static Map<String, Object> jsonParameter(String text, String name) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(text);
        } catch (DecodeException e) {
            throw HttpProblem.badRequest(beyondLimits(e) ? "The query parameter `" + name + "` " + PARSER_LIMITS
                    : "The query parameter `" + name + "` is not valid JSON: send a URL-encoded JSON object");
        }
        if (parsed == null) {
            return Map.of();
        }
        if (!(parsed instanceof JsonObject json)) {
            throw HttpProblem.badRequest("The query parameter `" + name + "` must be a JSON object");
        }
        return json.getMap();
    }

    private static String string(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw HttpProblem.badRequest("`" + name + "` must be a string");
    }

    private static Map<String, Object> object(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof JsonObject object) {
            return object.getMap();
        }
        throw HttpProblem.badRequest("`" + name + "` must be a JSON object");
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
