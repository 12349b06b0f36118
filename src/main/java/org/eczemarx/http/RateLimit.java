package org.eczemarx.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eczemarx.graphql.ApiConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Requests per client ({@link ClientAddresses}): a token bucket each (Bucket4j), of {@code burst} requests refilled at
 * {@code requests} per {@code period}. The limit charges what costs: a request that executes costs one request; an
 * answer from the response cache or a 304 costs a tenth of one ({@link #UNITS}), so clients behind one address (a
 * clinic's proxy, a carrier's NAT) that repeat popular queries are not refused for answers served from memory. The
 * filter charges the tenth every request costs; {@link #chargeExecution} charges the rest when the endpoint is about
 * to execute. Beyond the bucket: 429 with {@code Retry-After} (seconds until a request's worth of tokens) and one error
 * coded {@code RATE_LIMITED}; every limited response carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} (whole
 * requests) and {@code RateLimit-Reset} (seconds until the bucket is full). Health, metrics, GraphiQL's page and assets
 * and the start page are never limited. Runs as a Vert.x filter after CORS (so browsers can read a 429) and before
 * every route.
 */
@ApplicationScoped
class RateLimit {

    /** After Quarkus' CORS filter (300), before the routes: higher filter priorities run first. */
    private static final int PRIORITY = 250;
    private static final List<String> EXEMPT_PREFIXES = List.of("/q/health", "/q/metrics", "/q/graphql-ui");
    private static final String LIMIT = "RateLimit-Limit";
    private static final String REMAINING = "RateLimit-Remaining";
    private static final String RESET = "RateLimit-Reset";
    /** Tokens per executed request; an answer from memory (the response cache, a 304) costs one. */
    static final long UNITS = 10;
    private static final String GRAPHQL = "/graphql";
    private static final String CHARGE = RateLimit.class.getName();

    /** What {@link #chargeExecution} needs: this client's bucket and the limit that made it. */
    private record Charge(RateLimit limit, Bucket bucket) {
    }

    private final ApiConfig.RateLimit config;
    private final ClientAddresses clients;
    private final Cache<String, Bucket> buckets;
    private final String limit;

    RateLimit(ApiConfig config) {
        this.config = config.rateLimit();
        this.clients = new ClientAddresses(this.config.trustedProxies().orElse(List.of()));
        // An idle client's bucket is full again after burst / rate: dropping it then changes nothing.
        Duration refillAll = this.config.period().multipliedBy(Math.max(1, this.config.burst()))
                .dividedBy(Math.max(1, this.config.requests()));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(Math.max(1, this.config.maxClients()))
                .expireAfterAccess(refillAll.plusSeconds(1))
                .build();
        this.limit = String.valueOf(this.config.burst());
    }

    void install(@Observes Filters filters) {
        if (config.enabled()) {
            filters.register(this::handle, PRIORITY);
        }
    }

    private void handle(RoutingContext ctx) {
        if (exempt(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        String client = clients.of(ctx.request().remoteAddress() == null ? null : ctx.request().remoteAddress().hostAddress(),
                RequestReader.joined(ctx, "Forwarded"), RequestReader.joined(ctx, "X-Forwarded-For"));
        Bucket bucket = buckets.get(client, ignored -> newBucket());
        boolean graphql = GRAPHQL.equals(ctx.normalizedPath());
        if (charge(ctx, bucket, graphql ? 1 : UNITS)) {
            if (graphql) {
                ctx.put(CHARGE, new Charge(this, bucket));
            }
            ctx.next();
        }
    }

    /**
     * Charges the rest of a request that is about to execute (the filter charged its first tenth). False, with the 429
     * sent, when the client has not enough tokens left; true when it has, or when the limit is off.
     */
    static boolean chargeExecution(RoutingContext ctx) {
        Charge charge = ctx.get(CHARGE);
        return charge == null || charge.limit().charge(ctx, charge.bucket(), UNITS - 1);
    }

    /** Takes {@code tokens} from the bucket and sets the headers; false, with the 429 sent, when there are not enough. */
    private boolean charge(RoutingContext ctx, Bucket bucket, long tokens) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(tokens);
        HttpServerResponse response = ctx.response()
                .putHeader(LIMIT, limit)
                .putHeader(REMAINING, String.valueOf(probe.getRemainingTokens() / UNITS))
                .putHeader(RESET, String.valueOf(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            return true;
        }
        long retryAfter = Math.max(1, seconds(bucket.estimateAbilityToConsume(UNITS).getNanosToWaitForRefill()));
        String message = "Too many requests from this client: at most " + config.requests() + " per "
                + describe(config.period()) + " with bursts of " + config.burst() + "; retry in " + retryAfter + " s";
        JsonObject body = new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                .put("message", message)
                .put("extensions", new JsonObject().put("code", "RATE_LIMITED"))));
        response.putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType(ctx) + "; charset=utf-8")
                .setStatusCode(429)
                .end(body.encode());
        return false;
    }

    /** The GraphQL endpoint answers in the media type its client accepts (docs/HTTP.md), other paths in JSON. */
    private static String mediaType(RoutingContext ctx) {
        if (!"/graphql".equals(ctx.normalizedPath())) {
            return Replies.JSON;
        }
        try {
            return Replies.responseMediaType(ctx);
        } catch (HttpProblem notAcceptable) {
            return Replies.JSON;
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(config.burst() * UNITS)
                        .refillGreedy(config.requests() * UNITS, config.period()))
                .build();
    }

    static boolean exempt(String path) {
        if (path == null || path.equals("/") || path.equals("/index.html")) {
            return true;
        }
        for (String prefix : EXEMPT_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    private static String describe(Duration period) {
        long seconds = period.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
