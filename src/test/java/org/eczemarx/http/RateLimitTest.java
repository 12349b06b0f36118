package org.eczemarx.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Requests per client: a burst of 3, then one request per 5 s (slow enough for a busy machine); answers from the
 * response cache (on in this profile) and 304s cost a tenth of a request. The test's own address (127.0.0.1) is a trusted proxy,
 * so each test names its clients with {@code X-Forwarded-For}; a connection from 127.0.0.2 is an untrusted peer.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Tight.class)
class RateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("eczemarx.rate-limit.enabled", "true",
                    "eczemarx.rate-limit.burst", "3",
                    "eczemarx.rate-limit.requests", "1",
                    "eczemarx.rate-limit.period", "5s",
                    "eczemarx.rate-limit.trusted-proxies", "127.0.0.1/32",
                    "eczemarx.http.response-cache.enabled", "true");
        }
    }

    private static final String QUERY = "{\"query\":\"{ meta { apiVersion } }\"}";
    private static final java.util.concurrent.atomic.AtomicInteger DISTINCT = new java.util.concurrent.atomic.AtomicInteger();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aBurstThen429WithRetryAfterHeadersAndACodeThenATokenAfterRetryAfter() throws Exception {
        String client = "203.0.113.10";
        for (int remaining = 2; remaining >= 0; remaining--) {
            ExtractableResponse<Response> ok = post(client);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo("3");
            assertThat(ok.header("RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
        }
        ExtractableResponse<Response> limited = post(client);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isIn("4", "5");
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
        assertThat(limited.contentType()).startsWith("application/json");
        assertThat(limited.jsonPath().getList("errors.extensions.code")).containsExactly("RATE_LIMITED");
        assertThat(limited.jsonPath().getString("errors[0].message")).contains("at most 1 per 5 s", "bursts of 3", "retry in " + limited.header("Retry-After") + " s");

        Thread.sleep(Long.parseLong(limited.header("Retry-After")) * 1000);
        ExtractableResponse<Response> again = post(client);
        assertThat(again.statusCode()).as("a token after Retry-After").isEqualTo(200);
        assertThat(again.header("RateLimit-Remaining")).as("and only one").isEqualTo("0");
    }

    @Test
    void clientsAreCountedApart() {
        String first = "203.0.113.20";
        for (int i = 0; i < 4; i++) {
            post(first);
        }
        assertThat(post(first).statusCode()).isEqualTo(429);
        assertThat(post("203.0.113.21").statusCode()).as("another client").isEqualTo(200);
        assertThat(post("2001:db8::21").statusCode()).as("another client, IPv6").isEqualTo(200);
        ExtractableResponse<Response> limited = given().contentType(ContentType.JSON).header("X-Forwarded-For", first)
                .accept("application/graphql-response+json").body("{\"query\":\"{ meta { apiVersion } }\"}")
                .post("/graphql").then().extract();
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.contentType()).as("the media type the client accepts (docs/HTTP.md)")
                .startsWith("application/graphql-response+json");
    }

    @Test
    void forwardedAddressesAreHonouredOnlyFromATrustedProxy() throws Exception {
        // 127.0.0.2 is not a trusted proxy: its X-Forwarded-For is ignored, so changing it does not buy new tokens.
        List<Integer> statuses = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            statuses.add(postFrom("127.0.0.2", "198.51.100." + i));
        }
        long refilled = (System.nanoTime() - start) / 5_000_000_000L; // a token per 5 s, on a slow machine
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(3 + refilled);
        assertThat(statuses).contains(429);
        // Through the trusted proxy (127.0.0.1) each forwarded address is a client of its own.
        for (int i = 0; i < 5; i++) {
            assertThat(post("198.51.100." + (100 + i)).statusCode()).isEqualTo(200);
        }
        assertThat(given().contentType(ContentType.JSON).header("Forwarded", "for=\"[2001:db8::99]:443\"").body(QUERY)
                .post("/graphql").then().extract().header("RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void healthMetricsGraphiqlAndTheStartPageAreNeverLimited() {
        String client = "203.0.113.30";
        for (int i = 0; i < 4; i++) {
            post(client);
        }
        assertThat(post(client).statusCode()).isEqualTo(429);
        assertThat(given().header("X-Forwarded-For", client).get("/graphql/schema.graphql").then().extract().statusCode())
                .as("the schema is an API request").isEqualTo(429);
        for (String path : List.of("/q/health/ready", "/q/health/live", "/q/health", "/q/metrics", "/q/graphql-ui/", "/")) {
            for (int i = 0; i < 5; i++) {
                ExtractableResponse<Response> response = given().header("X-Forwarded-For", client).get(path).then().extract();
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.header("RateLimit-Limit")).as(path).isNull();
            }
        }
    }

    /** A query no other request sent (a new alias), so that it executes: it costs a whole request. */
    private static ExtractableResponse<Response> post(String client) {
        return postBody(client, "{\"query\":\"{ a" + DISTINCT.incrementAndGet() + ": meta { apiVersion } }\"}");
    }

    private static ExtractableResponse<Response> postBody(String client, String body) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client).body(body)
                .post("/graphql").then().extract();
    }

    @Test
    void answersFromMemoryCostATenth() {
        String client = "203.0.113.40";
        String popular = "{\"query\":\"{ p" + DISTINCT.incrementAndGet() + ": drug(name: \\\"Rinvoq\\\") { name } }\"}";
        // A burst of 3 requests is 30 tokens: one execution (10), then 20 answers from the response cache (1 each),
        // plus what refilled meanwhile (2 tokens a second here).
        long start = System.nanoTime();
        int answered = 0;
        int status = 200;
        while (status == 200 && answered < 100) {
            ExtractableResponse<Response> answer = postBody(client, popular);
            status = answer.statusCode();
            if (status == 200) {
                assertThat(answer.body().asString()).contains("upadacitinib");
                answered++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(status).as("the bucket ran empty").isEqualTo(429);
        assertThat(answered).as("1 execution and 20 cached answers in %.1f s", seconds)
                .isBetween(21, 21 + (int) Math.ceil(seconds * 2));

        String other = "203.0.113.41";
        String query = "{ g" + DISTINCT.incrementAndGet() + ": meta { apiVersion } }";
        ExtractableResponse<Response> first = given().header("X-Forwarded-For", other)
                .queryParam("query", query).get("/graphql").then().extract();
        assertThat(first.statusCode()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            assertThat(given().header("X-Forwarded-For", other).header("If-None-Match", first.header("ETag"))
                    .queryParam("query", query).get("/graphql").then().extract().statusCode())
                    .as("a 304 costs a tenth, request %d", i).isEqualTo(304);
        }
    }

    /** A POST over a connection from the given local address, with its own X-Forwarded-For; the HTTP status. */
    private int postFrom(String localAddress, String forwardedFor) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName(root.getHost()), root.getPort(), InetAddress.getByName(localAddress), 0)) {
            byte[] body = ("{\"query\":\"{ f" + DISTINCT.incrementAndGet() + ": meta { apiVersion } }\"}")
                    .getBytes(StandardCharsets.UTF_8); // executes: a whole request
            String request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
