package org.eczemarx.download;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.error.ServiceUnavailableException;
import org.eczemarx.http.Admission;
import org.eczemarx.http.ResponseCaching;
import org.jboss.logging.Logger;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Versioned bulk downloads of the knowledge base at {@code /downloads}: an index (data version, disclaimer, each file
 * with its size and SHA-256), the whole knowledge base as JSON ({@code eczemarx-<version>.json}), one CSV per table
 * ({@code eczemarx-<version>-<table>.csv}) and the data dictionary ({@code eczemarx-<version>-dictionary.csv}). Every
 * file is built from PostgreSQL when asked for, names the version it holds, and has an ETag (its SHA-256) for 304s.
 * Only the current version is served; an older one answers 404 naming the current one. A download costs what a query
 * costs: the rate limit charges it as one, and it takes one of the execution slots ({@link Admission}).
 */
@ApplicationScoped
public class DownloadRoutes {

    private static final Logger LOG = Logger.getLogger(DownloadRoutes.class);
    static final String PREFIX = "eczemarx-";

    private final KnowledgeBaseExport export;
    private final ApiConfig config;
    private final Admission admission;

    DownloadRoutes(KnowledgeBaseExport export, ApiConfig config, Admission admission) {
        this.export = export;
        this.config = config;
        this.admission = admission;
    }

    void install(@Observes Router router) {
        // HEAD as GET: Vert.x sends the headers (with the length) and leaves the body out
        router.route("/downloads").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> serve(ctx, null));
        router.route("/downloads/:file").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(ctx -> serve(ctx, ctx.pathParam("file")));
        // a plain OPTIONS (not a CORS preflight, which the CORS handler answers) names the methods
        router.routeWithRegex("/downloads(/[^/]+)?").method(HttpMethod.OPTIONS)
                .handler(ctx -> ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS").setStatusCode(204).end());
    }

    /**
     * Builds the file in an execution slot, as a query runs ({@link Admission#admit}): refused (503 OVERLOADED) when
     * every slot and queue place is taken, or when it waited longer than the execution timeout.
     */
    private void serve(RoutingContext ctx, String file) {
        admission.admit(ctx, System.nanoTime(), config.limits().executionTimeout(), () -> build(ctx, file),
                message -> ctx.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "1")
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                        .end(error(message, "OVERLOADED")));
    }

    /**
     * Reads the knowledge base and writes the file; the slot is given back once the answer is written, not before.
     * Mutiny calls one of the two callbacks, once (an exception in the first is dropped, not passed to the second).
     */
    private void build(RoutingContext ctx, String file) {
        export.export().subscribe().with(kb -> {
            try {
                answer(ctx, file, kb);
            } finally {
                admission.leave();
            }
        }, failure -> {
            try {
                refuse(ctx, failure);
            } finally {
                admission.leave();
            }
        });
    }

    private void answer(RoutingContext ctx, String file, KnowledgeBaseExport.Export kb) {
        String version = kb.dataVersion();
        if (file == null) {
            send(ctx, "application/json", index(kb).encodePrettily(), null);
            return;
        }
        String base = PREFIX + version;
        if (file.equals(base + ".json")) {
            send(ctx, "application/json", kb.json().encode(), file);
        } else if (file.equals(base + "-dictionary.csv")) {
            send(ctx, "text/csv", Csv.dictionary(kb), file);
        } else if (file.startsWith(base + "-") && file.endsWith(".csv")
                && kb.columns().containsKey(table(file, base))) {
            send(ctx, "text/csv", Csv.table(kb, table(file, base)), file);
        } else {
            notFound(ctx, "No download '" + file + "': this server holds data version " + version
                    + "; GET /downloads lists its files (older versions are not kept)");
        }
    }

    private static void refuse(RoutingContext ctx, Throwable failure) {
        if (failure instanceof ServiceUnavailableException) {
            LOG.debugf("Download refused during a database outage: %s", failure.getMessage()); // the outage is logged once
        } else {
            LOG.warnf("Download failed: %s", failure.toString());
        }
        ctx.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "2")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .end(error("The knowledge base cannot be read at the moment: retry in a few seconds", "SERVICE_UNAVAILABLE"));
    }

    private static String table(String file, String base) {
        return file.substring(base.length() + 1, file.length() - ".csv".length());
    }

    /** Every file of the current version with its size and checksum. */
    private static JsonObject index(KnowledgeBaseExport.Export kb) {
        String base = PREFIX + kb.dataVersion();
        JsonArray files = new JsonArray();
        files.add(entry(base + ".json", "application/json", kb.json().encode(), "the whole knowledge base: every table, the counts, the data dictionary"));
        files.add(entry(base + "-dictionary.csv", "text/csv", Csv.dictionary(kb), "every column of every table, with its type"));
        for (String table : kb.columns().keySet()) {
            files.add(entry(base + "-" + table + ".csv", "text/csv", Csv.table(kb, table), "table " + table));
        }
        return new JsonObject()
                .put("dataVersion", kb.dataVersion())
                .put("disclaimer", kb.json().getString("disclaimer"))
                .put("counts", kb.json().getJsonObject("counts"))
                .put("files", files);
    }

    private static JsonObject entry(String name, String type, String body, String description) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new JsonObject().put("name", name).put("url", "/downloads/" + name).put("mediaType", type)
                .put("bytes", bytes.length).put("sha256", sha256(bytes)).put("description", description);
    }

    private void send(RoutingContext ctx, String type, String body, String attachment) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // Weak: the same tag names the plain and the compressed body (RFC 9110 8.8.3 wants a strong one per coding)
        String etag = "W/\"" + sha256(bytes) + "\"";
        var response = ctx.response()
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, config.http().cacheMaxAge() > 0
                        ? "public, max-age=" + config.http().cacheMaxAge() : "no-cache");
        // Origin too: the CORS handler echoes the caller's origin, and a shared cache must not hand it to another
        response.putHeader(HttpHeaders.VARY, "Accept-Encoding, Origin");
        if (ResponseCaching.matches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusCode(304).end();
            return;
        }
        if (attachment != null) {
            response.putHeader("Content-Disposition", "attachment; filename=\"" + attachment + "\"");
        }
        if (ctx.request().method() == HttpMethod.HEAD) {
            // Vert.x leaves the length out of a HEAD answer: it is the plain body's (a HEAD is not compressed)
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(bytes.length));
            response.putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8").end();
            return;
        }
        // Quarkus marks responses "identity" when compression is on: JSON and CSV are worth compressing
        response.headers().remove(HttpHeaders.CONTENT_ENCODING);
        response.putHeader(HttpHeaders.CONTENT_TYPE, type + "; charset=utf-8").end(Buffer.buffer(bytes));
    }

    private static void notFound(RoutingContext ctx, String message) {
        ctx.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .end(error(message, "NOT_FOUND"));
    }

    private static String error(String message, String code) {
        return new JsonObject().put("errors", new JsonArray().add(new JsonObject().put("message", message)
                .put("extensions", new JsonObject().put("code", code)))).encode();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
