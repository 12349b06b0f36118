package org.eczemarx.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.eczemarx.meta.MetaService;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Validators for HTTP caching of GET queries. The ETag is computed before execution from the request and the curated
 * data version (table {@code data_version}), so it changes whenever the data does, and a matching
 * {@code If-None-Match} costs one indexed row read instead of a query execution.
 */
@ApplicationScoped
public class ResponseCaching {

    private final Pool pool;

    ResponseCaching(Pool pool) {
        this.pool = pool;
    }

    /** The data version; read on every cacheable request (one primary-key row) so an ETag is never stale. */
    Uni<String> dataVersion() {
        return pool.query("select version from data_version where id = 1")
                .execute()
                .map(rows -> {
                    for (Row row : rows) {
                        return row.getString(0);
                    }
                    return "none";
                });
    }

    static String etag(String dataVersion, String mediaType, GraphQLHttpRequest request) {
        String key = String.join("\n", dataVersion, MetaService.API_VERSION, mediaType,
                String.valueOf(request.operationName()), request.query(), new JsonObject(request.variables()).encode());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            // Weak: the bytes differ between gzip and identity encodings, the content does not.
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** Weak comparison as RFC 9110 defines it for If-None-Match. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
