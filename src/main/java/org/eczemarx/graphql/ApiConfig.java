package org.eczemarx.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.CidrAddressConverter;
import io.smallrye.common.net.CidrAddress;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** Application settings of the public API, under {@code eczemarx.*} (the database's: {@code persistence/DatabaseConfig}). */
@ConfigMapping(prefix = "eczemarx")
public interface ApiConfig {

    /** Global IDs. */
    Ids ids();

    /** Connections. */
    Paging paging();

    /** The HTTP endpoint at {@code /graphql}: caching, persisted queries, introspection. */
    Http http();

    /** Limits on one request; each rejection names the limit and the setting that changes it. */
    Limits limits();

    /** Requests per client: a token bucket per client address, 429 with Retry-After beyond it. */
    RateLimit rateLimit();

    /** Text shown in {@code meta.disclaimer}. */
    @WithDefault("EczemaRx describes medicines from their labels, guidelines and reviews; it does not give medical advice. Decisions about treatment belong to patients and their clinicians, who should check the current product information.")
    String disclaimer();

    interface Ids {
        /** Secret that makes global IDs opaque; changing it changes every ID, so keep it stable in production. */
        @WithDefault("eczemarx-default-id-secret")
        String secret();
    }

    interface RateLimit {
        /** Whether requests are limited per client; health, metrics, GraphiQL's assets and the start page never are. */
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make per {@link #period()}, on average (the bucket's refill). */
        @WithDefault("900")
        long requests();

        /** The period of {@link #requests()}. */
        @WithDefault("5m")
        Duration period();

        /** Requests a client may make at once after being idle (the bucket's size). */
        @WithDefault("300")
        long burst();

        /**
         * Addresses (CIDR) of the reverse proxies or load balancers in front of the service: only from them is the
         * client address taken from {@code Forwarded} or {@code X-Forwarded-For} (the rightmost address that is not a
         * trusted proxy); from anyone else those headers are ignored. None by default.
         */
        Optional<List<@WithConverter(CidrAddressConverter.class) CidrAddress>> trustedProxies();

        /** Most clients tracked at once (least recently seen dropped); an idle client is dropped once its bucket is full again. */
        @WithDefault("10000")
        int maxClients();
    }

    interface Paging {
        /** Largest {@code first} a connection accepts. */
        @WithDefault("100")
        int maxPageSize();
    }

    interface Http {
        /** {@code max-age} in seconds of GET responses without errors; 0 makes clients revalidate every time (ETag). */
        @WithDefault("60")
        int cacheMaxAge();

        /** Whether {@code __schema} and {@code __type} are answered (GraphiQL and code generators need them). */
        @WithDefault("true")
        boolean introspection();

        /** Most automatic persisted queries kept in memory; the least recently used go first. */
        @WithDefault("1000")
        int persistedQueriesMaxEntries();

        /** Most distinct operation names tagged in metrics; the rest count as {@code other}, so clients cannot flood them. */
        @WithDefault("200")
        int metricsMaxOperationNames();

        /** Answers of successful queries kept in memory, per normalised document, variables and data version. */
        ResponseCache responseCache();
    }

    interface ResponseCache {
        /** Whether answers are cached; off, every request reads PostgreSQL. */
        @WithDefault("true")
        boolean enabled();

        /** Memory the cached answers may take, in bytes (estimated as two bytes a character). */
        @WithDefault("33554432")
        long maxBytes();
    }

    interface Limits {
        /** Largest request body (POST) in bytes. */
        @WithDefault("65536")
        int maxBodyBytes();

        /** Largest GraphQL document in bytes (UTF-8), over POST or GET. */
        @WithDefault("16384")
        int maxDocumentBytes();

        /** Most lexical tokens in a document; bounds parser work. */
        @WithDefault("2000")
        int maxTokens();

        /** Deepest field nesting; {@code { meta { apiVersion } }} has depth 2. */
        @WithDefault("15")
        int maxDepth();

        /** Highest estimated cost: every field costs 1, and a field's children count once per item it may return. */
        @WithDefault("50000")
        int maxComplexity();

        /**
         * Items counted per list field without a {@code first} argument whose longest list is not known: every list
         * field declares how to read its longest list from the database ({@link ListSizes}), so this counts only until
         * that read succeeds (the database away at start).
         */
        @WithDefault("10")
        int assumedListSize();

        /** Most aliases in a document. */
        @WithDefault("30")
        int maxAliases();

        /** Most fields at the root of the operation (after expanding fragments). */
        @WithDefault("20")
        int maxRootFields();

        /** Most operations executing at once; answers from the response cache do not count. */
        @WithDefault("8")
        int maxConcurrentExecutions();

        /** Most operations waiting for an execution slot; beyond it requests are refused at once (503, Retry-After). */
        @WithDefault("256")
        int maxQueuedExecutions();

        /** Longest time from the start of execution to the response. */
        @WithDefault("10s")
        Duration executionTimeout();
    }
}
