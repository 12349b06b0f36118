package org.eczemarx.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.jackson.DatabindCodec;

/**
 * {@code {"data": ...}} for an answer without errors or extensions, written by a streaming generator: graphql-java's
 * result holds maps, lists, strings, numbers and booleans only, and Jackson's object mapper looked up a serializer for
 * every value (a tenth of the CPU of a wide answer). Anything else is written by that mapper, as before. The UTF-8
 * bytes are written once, into the buffer the response sends (and the response cache keeps).
 */
final class DataJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    /**
     * Field names (the schema's and clients' aliases) with their quoted UTF-8 form, made once: a wide answer repeats the
     * same few names hundreds of times. At most {@value #MAX_NAMES}; names beyond that are encoded each time.
     */
    private static final Map<String, SerializedString> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_NAMES = 4096;

    private DataJson() {
    }

    static Buffer of(Object data) {
        Buffer out = Buffer.buffer(4096);
        try (JsonGenerator json = FACTORY.createGenerator(new BufferOutput(out), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeFieldName("data");
            write(json, data);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Appends to a Vert.x buffer. */
    private static final class BufferOutput extends OutputStream {

        private final Buffer buffer;

        BufferOutput(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }

    private static SerializedString name(String name) {
        SerializedString known = NAMES.get(name);
        if (known == null) {
            known = new SerializedString(name);
            if (NAMES.size() < MAX_NAMES) {
                NAMES.put(name, known);
            }
        }
        return known;
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(name(String.valueOf(entry.getKey())));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else {
            DatabindCodec.mapper().writeValue(json, value);
        }
    }
}
