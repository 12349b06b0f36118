package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Content types the endpoint reads as JSON: plain unit tests, no application. */
class RequestReaderTest {

    @Test
    void jsonWithOrWithoutUtf8() {
        assertThat(RequestReader.isJson("application/json")).isTrue();
        assertThat(RequestReader.isJson("Application/JSON; charset=\"UTF-8\"")).isTrue();
        assertThat(RequestReader.isJson("application/json, application/json")).isTrue();
        assertThat(RequestReader.isJson("application/json; charset=latin1")).isFalse();
        assertThat(RequestReader.isJson("application/json, text/plain")).isFalse();
    }

    @Test
    void emptyItemsAreNotJson() {
        // FuzzTest found ";" answering 500 (an exception on the empty split) and "," read as JSON.
        assertThat(RequestReader.isJson(";")).isFalse();
        assertThat(RequestReader.isJson(",")).isFalse();
        assertThat(RequestReader.isJson("application/json,")).isFalse();
        assertThat(RequestReader.isJson("application/json;")).isTrue();
    }

    @Test
    void aBodyOverTheLimitSaysItsSizeWhenItIsKnown() {
        HttpProblem known = RequestReader.tooLarge(70_000, 65_536);
        assertThat(known.jsonStatus).isEqualTo(413);
        assertThat(known.code).isEqualTo("LIMIT_EXCEEDED");
        assertThat(known.getMessage()).startsWith("The request body has 70000 bytes, more than the limit of 65536 bytes");
        // a chunked body has no Content-Length: it is cut off at the limit, its size unknown
        assertThat(RequestReader.tooLarge(-1, 65_536).getMessage())
                .startsWith("The request body is larger than the limit of 65536 bytes").doesNotContain("-1");
    }

    @Test
    void aQueryStringMustPercentDecodeToUtf8() {
        assertThat(RequestReader.percentDecodesToUtf8(null)).isTrue();
        assertThat(RequestReader.percentDecodesToUtf8("query=%7B%20meta%20%7D&x=%C3%A9%E2%82%AC%F0%9F%98%80")).isTrue();
        assertThat(RequestReader.percentDecodesToUtf8("query=%C3%28")).as("a broken two-byte sequence").isFalse();
        assertThat(RequestReader.percentDecodesToUtf8("query=%ED%A0%80")).as("an encoded surrogate").isFalse();
        assertThat(RequestReader.percentDecodesToUtf8("query=%FF")).isFalse();
        assertThat(RequestReader.percentDecodesToUtf8("query=%ZZ%")).as("malformed escapes are not ours to judge").isTrue();
    }
}
