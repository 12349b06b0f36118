package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * HTTP as a hostile or broken client writes it, byte by byte (an HTTP library would not send it): each gets a 4xx
 * answer or none, and none is logged as an error of ours (a flood of ERROR lines from clients hides real faults).
 */
@QuarkusTest
class RawHttpTest {

    @TestHTTPResource("/")
    URL root;

    private final List<LogRecord> errors = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aTargetWithoutItsSlashIsABadRequest() throws IOException {
        // "GET graphql?..." (no leading slash) is not a path: a 400, not a 500 from the routes that expect one
        String answer = exchange("GET graphql?query=%7Bmeta%7BapiVersion%7D%7D HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(status(answer)).isEqualTo(400);
        assertNoErrorLogged();
    }

    @Test
    void aMissingOrInvalidHostIsABadRequestOnEveryPath() throws IOException {
        // RFC 9112 3.2; Vert.x Web fails such a request with 400 before any route, which /graphql answered 500 INTERNAL
        // and other paths with Quarkus' error page
        for (String host : List.of("", "Host: a b\r\n", "Host: localhost:99999\r\n", "Host: [::1\r\n", "Host: user@host\r\n")) {
            for (String path : List.of("/graphql?query=%7Bmeta%7BapiVersion%7D%7D", "/downloads", "/q/health/live")) {
                String answer = exchange("GET " + path + " HTTP/1.1\r\n" + host + "Accept: application/graphql-response+json\r\n"
                        + "Connection: close\r\n\r\n");
                assertThat(status(answer)).as(host + path).isEqualTo(400);
                assertThat(answer).as(host + path).contains("\"code\":\"BAD_REQUEST\"").contains("Host header")
                        .containsIgnoringCase("content-type: application/graphql-response+json");
            }
        }
        // HTTP/1.0 has no Host to require
        assertThat(status(exchange("GET /q/health/live HTTP/1.0\r\n\r\n").replaceFirst("^HTTP/1.0", "HTTP/1.1"))).isEqualTo(200);
        assertNoErrorLogged();
    }

    @Test
    void aMalformedChunkIsABadRequestNotAnError() throws IOException {
        String answer = exchange("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{\"query\"\r\n0\r\n\r\n");
        assertThat(answer.isEmpty() ? 400 : status(answer)).isEqualTo(400);
        assertNoErrorLogged();
    }

    @Test
    void aClientThatLeavesMidBodyIsNotAnError() throws Exception {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                    + "{\"query\":\"{ meta").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        Thread.sleep(300); // the server sees the close after the socket is gone
        assertThat(exchange("GET /graphql?query=%7Bmeta%7BapiVersion%7D%7D HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
        assertNoErrorLogged();
    }

    @Test
    void repeatedHeaderLinesAreOneListAsCommasWouldJoinThem() throws IOException {
        // RFC 9110 5.3: two Content-Encoding lines are the list "identity, gzip"; reading only the first would take
        // a compressed body for JSON
        String body = "{\"query\":\"{ meta { apiVersion } }\"}";
        String answer = exchange("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Encoding: identity\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(status(answer)).isEqualTo(415);
        assertThat(answer).contains("UNSUPPORTED_MEDIA_TYPE");
        String twoTypes = exchange("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(status(twoTypes)).isEqualTo(415);
        String sameTwice = exchange("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(status(sameTwice)).as("the list GraphiQL's page sends").isEqualTo(200);
    }

    private void assertNoErrorLogged() {
        assertThat(errors).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends the bytes as they are; the whole answer (the server closes), or "" when it closed without one. */
    private String exchange(String request) throws IOException {
        try (Socket socket = socket()) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (java.net.SocketException reset) {
                return "";
            }
        }
    }

    private static int status(String answer) {
        assertThat(answer).as("an HTTP answer").startsWith("HTTP/1.1 ");
        return Integer.parseInt(answer.split(" ", 3)[1]);
    }
}
