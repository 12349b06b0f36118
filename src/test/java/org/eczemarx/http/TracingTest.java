package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/** With tracing on: one span per operation, what it says, and the SQL statements beneath it. */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracingTest {

    private static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey("db.operation");
    private static final AttributeKey<String> DB_STATEMENT = AttributeKey.stringKey("db.statement");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aQueryIsOneSpanWithItsStatementsBeneath() {
        Http.postJson(Http.body("""
                query TracedDrug($name: String!) {
                  drug(name: $name) { name targets { target { symbol } } approvals { region status } }
                }""", Map.of("name", "Rinvoq")))
                .statusCode(200)
                .body("data.drug.name", equalTo("upadacitinib"));

        SpanData operation = operationSpan("TracedDrug");
        assertThat(operation.getName()).isEqualTo("query TracedDrug");
        assertThat(operation.getAttributes().get(OperationTracing.OPERATION_TYPE)).isEqualTo("query");
        assertThat(operation.getAttributes().get(OperationTracing.OUTCOME)).isEqualTo("ok");
        assertThat(operation.getAttributes().get(OperationTracing.CACHE_HIT)).isFalse();
        assertThat(operation.getAttributes().get(OperationTracing.DEPTH)).isEqualTo(4L);
        assertThat(operation.getAttributes().get(OperationTracing.COST)).isGreaterThanOrEqualTo(6L);
        assertThat(operation.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        List<SpanData> statements = await(() -> children(operation), found -> found.size() >= 3);
        assertThat(statements).allSatisfy(statement -> {
            assertThat(statement.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(statement.getTraceId()).isEqualTo(operation.getTraceId());
            assertThat(statement.getAttributes().get(DB_OPERATION)).isEqualTo("SELECT");
            assertThat(statement.getAttributes().get(DB_STATEMENT)).startsWithIgnoringCase("select");
        });
        // The statements ran while the operation did.
        assertThat(statements).allSatisfy(statement -> assertThat(statement.getStartEpochNanos())
                .isBetween(operation.getStartEpochNanos(), operation.getEndEpochNanos()));
    }

    @Test
    void theSameQueryAgainIsACacheHitWithoutStatements() {
        String body = Http.body("query TracedCached { drug(name: \"Adtralza\") { name } }");
        Http.postJson(body).statusCode(200);
        Http.postJson(body).statusCode(200);

        List<SpanData> both = await(() -> operationSpans("TracedCached"), found -> found.size() == 2);
        SpanData executed = both.stream().filter(s -> !s.getAttributes().get(OperationTracing.CACHE_HIT)).findFirst().orElseThrow();
        SpanData cached = both.stream().filter(s -> s.getAttributes().get(OperationTracing.CACHE_HIT)).findFirst().orElseThrow();
        assertThat(cached.getAttributes().get(OperationTracing.OUTCOME)).isEqualTo("ok");
        assertThat(cached.getTraceId()).isNotEqualTo(executed.getTraceId());
        assertThat(children(cached)).isEmpty();
        assertThat(await(() -> children(executed), found -> !found.isEmpty())).isNotEmpty();
    }

    @Test
    void anErrorIsTheOutcomeItsClientSaw() {
        Http.postJson(Http.body("query TracedTypo { drug(name: \"Rinvoq\") { nmae } }"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        SpanData invalid = operationSpan("TracedTypo");
        assertThat(invalid.getAttributes().get(OperationTracing.OUTCOME)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(children(invalid)).isEmpty();

        Http.postJson(Http.body("query TracedBadId { node(id: \"not-an-id\") { id } }"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        SpanData badId = operationSpan("TracedBadId");
        assertThat(badId.getAttributes().get(OperationTracing.OUTCOME)).isEqualTo("BAD_USER_INPUT");
        assertThat(badId.getAttributes().get(OperationTracing.COST)).isNotNull();

        Http.postJson(Http.body("query TracedDeep { drugClasses { children { children { children { children { children"
                + " { children { children { children { children { children { children { children { children { children"
                + " { children { name } } } } } } } } } } } } } } } } }"))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        SpanData deep = operationSpan("TracedDeep");
        assertThat(deep.getAttributes().get(OperationTracing.OUTCOME)).isEqualTo("LIMIT_EXCEEDED");
        assertThat(deep.getAttributes().get(OperationTracing.DEPTH)).isNull();
    }

    private SpanData operationSpan(String name) {
        return await(() -> operationSpans(name), found -> found.size() == 1).get(0);
    }

    private List<SpanData> operationSpans(String name) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> name.equals(span.getAttributes().get(OperationTracing.OPERATION_NAME)))
                .toList();
    }

    private List<SpanData> children(SpanData parent) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getParentSpanId().equals(parent.getSpanId()))
                .toList();
    }

    /** Spans are exported in batches: polls for up to 5 s until the condition holds, then returns what it found. */
    private static <T> T await(java.util.function.Supplier<T> probe, java.util.function.Predicate<T> done) {
        long until = System.nanoTime() + 5_000_000_000L;
        T found = probe.get();
        while (!done.test(found) && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = probe.get();
        }
        return found;
    }
}
