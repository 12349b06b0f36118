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
}
