package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.eczemarx.http.FuzzRequests.FuzzRequest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Property-based fuzzing of {@code /graphql} with the requests of {@link FuzzRequests}, drawn from a fixed seed:
 * every answer is a 2xx/3xx/4xx or a documented 503, every error has {@code extensions.code} and nothing else in
 * {@code extensions}, no answer shows a stack trace, SQL or a Java class name, and a normal query still answers after
 * each batch.
 *
 * <p>{@code -Dfuzz.seed=N} replays a run (a failure names its seed and try); {@code -Dfuzz.tries=N} runs longer
 * ({@code bench/fuzz.sh}). The default, 400 tries, takes about 6 s.
 */
@QuarkusTest
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 400);
    private static final int BATCH = 50;
    /** The 503s docs/HTTP.md documents: overload, database outage, execution timeout. */
    private static final Set<String> DOCUMENTED_503 = Set.of("OVERLOADED", "SERVICE_UNAVAILABLE", "LIMIT_EXCEEDED");
    /** Every code README "Conventions" lists, but INTERNAL. */
    private static final Set<String> CLIENT_CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "LIMIT_EXCEEDED", "BAD_REQUEST",
            "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "PERSISTED_QUERY_NOT_FOUND", "METHOD_NOT_ALLOWED",
            "UNSUPPORTED_MEDIA_TYPE", "NOT_ACCEPTABLE", "OVERLOADED", "SERVICE_UNAVAILABLE", "RATE_LIMITED");
    /** Answers from the HTTP server itself, before the endpoint: URL or headers too long, the hard body cap. */
    private static final Set<Integer> BARE_STATUSES = Set.of(413, 414, 431);

    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(");
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.(eczemarx|hibernate|postgresql|jboss)|io\\.(vertx|smallrye|quarkus|netty)|graphql\\.(language|execution|schema|validation|parser))\\.[\\w.$]+"
                    + "|\\b[A-Z]\\w*(Exception|Error)\\b|\\w+Value\\{");
    private static final Pattern SQL = Pattern.compile("(?i)\\bselect\\b[^\"]{0,200}\\bfrom\\b|SQLSTATE|syntax error at or near|\\bpg_\\w+|relation \"");

    @TestHTTPResource("/")
    URI root;

    private HttpClient http = client();

    /** HTTP/1.1: over h2c an over-long URL is refused with GOAWAY (no status at all), over HTTP/1.1 with 414. */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void generatedRequestsGetCodedAnswersAndTheServiceStaysUp() {
        Gen<FuzzRequest> requests = FuzzRequests.any();
        Random random = new Random(SEED);
        for (int i = 1; i <= TRIES; i++) {
            FuzzRequest request = requests.next(random);
            String context = "seed " + SEED + ", try " + i + " (replay: -Dfuzz.seed=" + SEED + " -Dfuzz.tries=" + i + "): "
                    + request.describe();
            check(request, send(request), context);
            if (i % BATCH == 0 || i == TRIES) {
                normalQueryAnswers("after try " + i + " of seed " + SEED);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        assertThat(firstRequests(SEED)).isEqualTo(firstRequests(SEED)).doesNotContainSequence(firstRequests(SEED + 1));
    }

    private static List<String> firstRequests(long seed) {
        Gen<FuzzRequest> requests = FuzzRequests.any();
        Random random = new Random(seed);
        return java.util.stream.IntStream.range(0, 20).mapToObj(i -> requests.next(random).describe()).toList();
    }

    private record Answer(int status, String contentType, String body) {
    }

    private void check(FuzzRequest request, Answer answer, String context) {
        assertThat(answer.status()).as("status, " + context).isBetween(200, 503);
        if (request.method().equals("HEAD")) {
            return; // never a body
        }
        if (answer.status() >= 500) {
            assertThat(answer.status()).as("only documented 503s, " + context).isEqualTo(503);
            assertThat(codes(answer, context)).as("503 codes, " + context).isNotEmpty().isSubsetOf(DOCUMENTED_503);
        }
        assertThat(answer.body()).as("no stack trace, " + context).doesNotContainPattern(STACK_FRAME);
        assertThat(answer.body()).as("no Java names, " + context).doesNotContainPattern(JAVA_NAME);
        if (answer.body().isEmpty()) {
            // No body: 204 (OPTIONS), 304, a HEAD, or a bare refusal of the HTTP server before the endpoint.
            assertThat(answer.status() < 400 || BARE_STATUSES.contains(answer.status()) || answer.contentType().isEmpty())
                    .as("an error without a coded body, " + context).isTrue();
            return;
        }
        List<String> codes = answer.status() >= 400 || answer.body().startsWith("{") ? codes(answer, context) : List.of();
        if (answer.status() >= 400) {
            assertThat(codes).as("a coded error, " + context).isNotEmpty();
        }
        // Only the codes the README documents; INTERNAL means a defect: whatever a client sends deserves a client error.
        assertThat(codes).as("documented codes, " + context).isSubsetOf(CLIENT_CODES);
    }

    /** The codes of every error; fails when an error lacks one, has other extensions, or a message shows SQL. */
    private static List<String> codes(Answer answer, String context) {
        JsonObject json;
        try {
            json = new JsonObject(answer.body());
        } catch (DecodeException e) {
            throw new AssertionError("not a JSON object (" + answer.status() + " " + answer.body() + "), " + context);
        }
        JsonArray errors = json.getJsonArray("errors", new JsonArray());
        return errors.stream().map(JsonObject.class::cast).map(error -> {
            JsonObject extensions = error.getJsonObject("extensions");
            assertThat(extensions).as("extensions of " + error + ", " + context).isNotNull();
            assertThat(extensions.fieldNames()).as("extensions of " + error + ", " + context).containsExactly("code");
            assertThat(error.getString("message", "")).as("SQL in a message, " + context).doesNotContainPattern(SQL);
            return extensions.getString("code");
        }).toList();
    }

    private void normalQueryAnswers(String context) {
        Answer answer = send(new FuzzRequest("normal", "POST", FuzzRequests.PATH, java.util.Map.of("Content-Type", "application/json"),
                "{\"query\":\"{ drug(name: \\\"Rinvoq\\\") { name } }\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.status()).as("normal query " + context + ": " + answer.body()).isEqualTo(200);
        assertThat(new JsonObject(answer.body()).getJsonObject("data").getJsonObject("drug").getString("name"))
                .isEqualTo("upadacitinib");
    }

    /** Fuzzed Accept-Encoding headers get compressed answers. */
    private static byte[] decoded(byte[] body, String encoding) throws IOException {
        if (body.length == 0 || encoding.isEmpty() || encoding.equalsIgnoreCase("identity")) {
            return body;
        }
        java.io.InputStream raw = new java.io.ByteArrayInputStream(body);
        try (java.io.InputStream in = switch (encoding.toLowerCase(java.util.Locale.ROOT)) {
            case "gzip", "x-gzip" -> new java.util.zip.GZIPInputStream(raw);
            case "deflate" -> new java.util.zip.InflaterInputStream(raw);
            default -> throw new AssertionError("unexpected Content-Encoding " + encoding);
        }) {
            return in.readAllBytes();
        }
    }

    /** The last request answered, shown when the next one gets no answer at all (a connection the server closed). */
    private String previous;

    private Answer send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(root.resolve(request.target()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = decoded(response.body(), response.headers().firstValue("Content-Encoding").orElse(""));
            previous = request.describe() + " -> " + response.statusCode() + " " + response.headers().map();
            if (BARE_STATUSES.contains(response.statusCode()) && body.length == 0) {
                // The HTTP server closes the connection after these without saying so (no Connection: close), and
                // the JDK client would send the next request on it: start afresh, as browsers retry.
                http = client();
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("no answer (" + e + "): " + request.describe() + "; the one before: " + previous, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
