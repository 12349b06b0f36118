package org.eczemarx.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.eczemarx.meta.DataVersions;
import org.eczemarx.meta.MetaService;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Validators for HTTP caching of GET queries. The ETag is computed before execution from the request and the curated
 * data version (table {@code data_version}, see {@link DataVersions}), so it changes whenever the data does, and a
 * matching {@code If-None-Match} costs no query execution.
 */
@ApplicationScoped
public class ResponseCaching {

    private final DataVersions versions;

    ResponseCaching(DataVersions versions) {
        this.versions = versions;
    }

    /** The data version, so an ETag is never stale: from memory while notifications arrive, else one row read. */
    Uni<String> dataVersion() {
        return versions.read();
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
    public static boolean matches(String ifNoneMatch, String etag) {
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
