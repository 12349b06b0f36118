package org.eczemarx.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eczemarx.graphql.ApiConfig;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Automatic persisted queries as Apollo clients send them: {@code extensions.persistedQuery.sha256Hash} names a
 * document the server has seen before, so GET URLs stay short. Documents are registered only after they passed every
 * limit and validation, and the registry keeps the most recently used {@code persisted-queries-max-entries}; with the
 * document size limit that bounds its memory.
 */
@ApplicationScoped
public class PersistedQueries {

    private final Map<String, String> byHash;

    PersistedQueries(ApiConfig config) {
        int max = config.http().persistedQueriesMaxEntries();
        this.byHash = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > max;
            }
        };
    }

    /** The hash a request names, or null when it names none; malformed extensions are a bad request. */
    static String requestedHash(GraphQLHttpRequest request) {
        Object extension = request.extensions().get("persistedQuery");
        if (extension == null) {
            return null;
        }
        if (!(extension instanceof Map<?, ?> persisted)) {
            throw HttpProblem.badRequest("`extensions.persistedQuery` must be an object with `version` 1 and `sha256Hash`");
        }
        if (!(persisted.get("version") instanceof Number version) || version.doubleValue() != 1) { // 2^32 + 1 is not 1
            throw HttpProblem.badRequest("Unsupported `extensions.persistedQuery.version`: only version 1 is supported");
        }
        if (!(persisted.get("sha256Hash") instanceof String hash) || !hash.matches("[0-9a-fA-F]{64}")) {
            throw HttpProblem.badRequest("`extensions.persistedQuery.sha256Hash` must be the 64 hex digits of the document's SHA-256");
        }
        return hash.toLowerCase(java.util.Locale.ROOT);
    }

    synchronized String find(String hash) {
        return byHash.get(hash);
    }

    synchronized void register(String hash, String query) {
        byHash.put(hash, query);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
