package org.eczemarx.http;

import java.util.Map;

import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.meta.DataVersions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers of successful queries, in memory, keyed by the normalised document, the variables, the operation name and
 * the data version. Bounded in bytes (least recently used go first); errors are never stored; a change of the data
 * version empties it, and while the version is not known to be current ({@link DataVersions#current()} is null, the
 * notification connection is down) nothing is served from it or stored in it. {@code RESPONSE_CACHE_ENABLED=false}
 * turns it off, so every request reads PostgreSQL.
 */
@ApplicationScoped
class ResponseCache {

    record Key(String dataVersion, String operationName, String document, String variables) {
    }

    /** A cached answer (its UTF-8 bytes, written as they are) and the operation it answered, for metrics. */
    record Answer(Buffer body, String operationName) {
    }

    private final boolean enabled;
    private final DataVersions versions;
    private final Cache<Key, Answer> answers;

    ResponseCache(ApiConfig config, DataVersions versions) {
        this.enabled = config.http().responseCache().enabled();
        this.versions = versions;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.http().responseCache().maxBytes())
                .<Key, Answer> weigher((key, answer) -> 2 * (answer.body().length() + key.document().length() + key.variables().length()) + 64)
                .build();
        versions.onChange(version -> answers.invalidateAll());
    }

    /** The key of a request, or null when nothing may be cached now (off, or the data version is not known). */
    Key key(String operationName, String normalizedDocument, Map<String, Object> variables) {
        String version = enabled ? versions.current() : null;
        if (version == null) {
            return null;
        }
        String encoded = variables.isEmpty() ? "" : new JsonObject(variables).encode();
        return new Key(version, operationName == null ? "" : operationName, normalizedDocument, encoded);
    }

    Answer find(Key key) {
        return key == null ? null : answers.getIfPresent(key);
    }

    /** Stores an answer without errors, unless the data version changed while it was computed. */
    void store(Key key, Answer answer) {
        if (key != null && key.dataVersion().equals(versions.current())) {
            answers.put(key, answer);
        }
    }
}
