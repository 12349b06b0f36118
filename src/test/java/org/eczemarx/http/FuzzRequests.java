package org.eczemarx.http;

import static java.util.Map.entry;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Hostile and malformed requests to {@code /graphql}, drawn by {@link Gen}s from a seeded {@link Random}: token
 * soup, deep nesting, thousands of aliases, broken strings, unicode, variables of the wrong types, random methods,
 * headers and content types, random bodies up to about 1 MB, GETs and persisted-query extensions. The vocabulary holds no SQL keyword and
 * no Java class name, so that finding one in an answer means the server leaked it, not that it echoed the client.
 */
final class FuzzRequests {

    /** One request as sent: {@code target} is the path with its query string. */
    record FuzzRequest(String kind, String method, String target, Map<String, String> headers, byte[] body) {

        /** What a failure message shows to reproduce the case by eye. */
        String describe() {
            String text = new String(body, StandardCharsets.UTF_8);
            String shown = text.length() > 300 ? text.substring(0, 300) + "... (" + body.length + " bytes)" : text;
            String url = target.length() > 300 ? target.substring(0, 300) + "..." : target;
            return kind + ": " + method + " " + url + " " + headers + " " + shown;
        }
    }

    static final String PATH = "/graphql";

    private static final List<String> TOKENS = List.of("{", "}", "(", ")", "[", "]", ":", "$", "...", "@", "!", "=",
            ",", "|", "&", "query", "mutation", "subscription", "fragment", "on", "drug", "drugs", "node", "nodes",
            "search", "meta", "name", "id", "first", "after", "filter", "edges", "totalCount", "targets", "symbol",
            "drugClasses", "children", "__schema", "__type", "__typename", "types", "include", "skip", "if", "true",
            "false", "null", "Drug", "String", "Int", "ID", "\"Rinvoq\"", "\"\"", "\"\"\"block\"\"\"", "42", "-1",
            "1e309", "99999999999999999999", "0.5", "$name", "#comment\n", "\n", "\t", "\uFEFF", "apiVersion");

    private static final List<String> VARIABLE_DOCUMENTS = List.of(
            "query Card($name: String!) { drug(name: $name) { name routes } }",
            "query Page($first: Int, $after: String) { drugs(first: $first, after: $after) { totalCount edges { node { name } } } }",
            "query Filtered($filter: DrugFilter) { drugs(filter: $filter) { totalCount } }",
            "query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            "query Plan($names: [String!]) { monitoringPlan(drugNames: $names) { drugs { name } } }",
            "query Find($query: String!, $first: Int) { search(query: $query, first: $first) { score matchedText } }");

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json; charset=latin1", "application/graphql", "application/graphql-response+json",
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json, application/json",
            "application/json, text/plain", "", ";", "application/", "*/*", "application/json; charset=\"", "json");

    private static final List<String> ACCEPTS = List.of("application/json", "application/graphql-response+json",
            "*/*", "text/html", "application/xml", "application/graphql-response+json;q=0", "application/*;q=0.5",
            "", ",", "application/json;q=abc", "*/*;q=0, text/plain");

    private static final List<String> METHODS = List.of("POST", "POST", "POST", "GET", "GET", "PUT", "DELETE", "PATCH",
            "OPTIONS", "HEAD");

    private static final String ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static final BigInteger TEN_TO_40 = BigInteger.TEN.pow(40);

    private FuzzRequests() {
    }

    /** Every kind, the cheap ones more often. */
    static Gen<FuzzRequest> any() {
        return Gen.frequencyOf(
                entry(4, tokenSoup()),
                entry(2, deepNesting()),
                entry(1, manyAliases()),
                entry(2, brokenStrings()),
                entry(2, unicodeDocuments()),
                entry(4, wrongVariables()),
                entry(3, randomHeaders()),
                entry(2, randomBodies()),
                entry(2, getRequests()),
                entry(1, persistedQueries()));
    }

    static Gen<FuzzRequest> tokenSoup() {
        return Gen.of(TOKENS).list(1, 3000)
                .map(tokens -> post("token soup", new JsonObject().put("query", String.join(" ", tokens))));
    }

    /** Mostly 1 to 33 levels, on both sides of the depth limit, sometimes up to 600. */
    static Gen<FuzzRequest> deepNesting() {
        Gen<Integer> depth = Gen.sizes(1, 600);
        Gen<String> selections = depth.map(d -> "{ drugClasses " + "{ children ".repeat(d) + "{ name }" + " }".repeat(d) + " }");
        Gen<String> lists = depth.map(d -> "{ drug(name: " + "[".repeat(d) + "\"x\"" + "]".repeat(d) + ") { name } }");
        Gen<String> objects = depth.map(d -> "{ drugs(filter: " + "{ contraindicatedIn: ".repeat(d) + "{}"
                + " }".repeat(d) + ") { totalCount } }");
        Gen<String> braces = depth.map(d -> "{".repeat(d) + "}".repeat(d));
        Gen<String> unbalanced = depth.map(d -> "{ meta " + "{".repeat(d));
        return Gen.oneOf(selections, lists, objects, braces, unbalanced)
                .map(document -> post("deep nesting", new JsonObject().put("query", document)));
    }

    /** Mostly 1 to 33 aliases, on both sides of the alias limit, sometimes up to 3000. */
    static Gen<FuzzRequest> manyAliases() {
        return Gen.sizes(1, 3000).map(count -> {
            StringBuilder document = new StringBuilder("{");
            for (int i = 0; i < count; i++) {
                document.append(" a").append(i).append(": meta { apiVersion }");
            }
            return post("aliases", new JsonObject().put("query", document.append(" }").toString()));
        });
    }

    static Gen<FuzzRequest> brokenStrings() {
        Gen<String> inside = Gen.oneOf(
                Gen.strings(Gen.ints(0, 0x1f), 0, 20),
                Gen.of("\\u12", "\\x41", "\\", "\\uD800", "\\uDFFF", "\\\"", "\\q", "\"\"", "\"\"\"", "\n", "\\u{1F600}"),
                Gen.strings(Gen.ints(0, 0x7f), 0, 40));
        Gen<String> close = Gen.of("\"", "\"\"\"", "");
        Gen<String> tail = Gen.of("", ") { name } }");
        Gen<String> documents = random -> "{ drug(name: \"" + inside.next(random) + close.next(random) + tail.next(random);
        Gen<String> blocks = inside.map(text -> "{ search(query: \"\"\"" + text + ") { score } }");
        return Gen.oneOf(documents, blocks).map(document -> post("broken string", new JsonObject().put("query", document)));
    }

    static Gen<FuzzRequest> unicodeDocuments() {
        Gen<String> text = Gen.strings(Gen.UNICODE, 1, 60);
        Gen<Integer> shapes = Gen.ints(0, 3);
        return random -> {
            String a = text.next(random);
            String b = text.next(random);
            JsonObject body = switch (shapes.next(random)) {
                case 0 -> new JsonObject().put("query", "{ drug(name: " + new JsonArray().add(a).encode().substring(1).replace("]", "") + ") { name } }");
                case 1 -> new JsonObject().put("query", "query " + a + " { meta { apiVersion } }").put("operationName", b);
                case 2 -> new JsonObject().put("query", "{ search(query: $q) { score } }").put("variables", new JsonObject().put(a, b));
                default -> new JsonObject().put("query", a + " " + b);
            };
            return post("unicode", body);
        };
    }

    static Gen<FuzzRequest> wrongVariables() {
        Gen<Object> value = jsonValues(6);
        Gen<Map<String, Object>> variables = Gen.maps(
                Gen.of("name", "first", "after", "filter", "ids", "names", "query", "extra", ""), value, 5);
        Gen<Object> variablesField = Gen.frequencyOf(
                entry(8, variables.map(JsonObject::new)),
                entry(1, value));
        Gen<String> documents = Gen.of(VARIABLE_DOCUMENTS);
        return random -> post("variables",
                new JsonObject().put("query", documents.next(random)).put("variables", variablesField.next(random)));
    }

    static Gen<FuzzRequest> randomHeaders() {
        Gen<String> headerValue = Gen.strings(Gen.ints(' ', '~'), 0, 100);
        Gen<String> headerName = Gen.strings(Gen.chars("abcdefghijklmnopqrstuvwxyz-"), 1, 20)
                .filter(name -> !name.startsWith("-")).map(name -> "x-fuzz-" + name);
        Gen<Map<String, String>> extra = Gen.maps(
                Gen.oneOf(headerName, Gen.of("If-None-Match", "X-Forwarded-For", "Forwarded", "Origin",
                        "Accept-Encoding", "Content-Encoding", "Accept-Charset", "Access-Control-Request-Method")),
                headerValue, 4);
        Gen<String> contentType = Gen.oneOf(Gen.of(CONTENT_TYPES), headerValue);
        Gen<String> accept = Gen.oneOf(Gen.of(ACCEPTS), headerValue);
        Gen<String> document = Gen.of("{ meta { apiVersion } }", "query Q { drug(name: \"Rinvoq\") { name } }",
                "mutation { meta }", "subscription { meta }", "{ __typename }");
        Gen<String> methods = Gen.of(METHODS);
        return random -> {
            String method = methods.next(random);
            String type = contentType.next(random);
            String acceptHeader = accept.next(random);
            Map<String, String> headers = new LinkedHashMap<>(extra.next(random));
            headers.put("Content-Type", type);
            headers.put("Accept", acceptHeader);
            String query = document.next(random);
            String target = PATH + "?query=" + encode(query);
            byte[] body = new JsonObject().put("query", query).encode().getBytes(StandardCharsets.UTF_8);
            return new FuzzRequest("headers", method, target, headers, method.equals("GET") || method.equals("HEAD") ? new byte[0] : body);
        };
    }

    static Gen<FuzzRequest> randomBodies() {
        Gen<Integer> size = Gen.oneOf(Gen.ints(0, 2_000), Gen.ints(60_000, 70_000), Gen.ints(0, 1_000_000));
        Gen<byte[]> bytes = random -> {
            byte[] body = new byte[size.next(random)];
            random.nextBytes(body);
            return body;
        };
        Gen<byte[]> json = jsonValues(8).map(value -> encodeAny(value).getBytes(StandardCharsets.UTF_8));
        Gen<byte[]> shapes = Gen.of("[]", "[{\"query\":\"{ meta { apiVersion } }\"}]", "\"x\"", "1", "null", "{}",
                "{\"query\": 5}", "{\"query\": null}", "{\"query\": [\"{ meta { apiVersion } }\"]}",
                "{\"query\": \"{ meta { apiVersion } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ meta { apiVersion } }\", \"operationName\": 7}",
                "{\"query\": \"{ meta { apiVersion } }\", \"extensions\": []}",
                "{\"query\": \"{ meta { apiVersion } }\"", "{\"query\": \"\\ud800\"}", "\u00ff\u00fe{",
                "{\"query\": \"{ meta { apiVersion } }\", \"query\": \"{ drugs { totalCount } }\"}")
                .map(text -> text.getBytes(StandardCharsets.ISO_8859_1));
        Gen<byte[]> padded = Gen.ints(1_000, 1_000_000)
                .map(n -> ("{\"query\": \"{ meta { apiVersion } }\"" + " ".repeat(n) + "}").getBytes(StandardCharsets.UTF_8));
        Gen<byte[]> bodies = Gen.oneOf(bytes, json, shapes, padded);
        Gen<String> types = Gen.of(CONTENT_TYPES.subList(0, 3));
        return random -> {
            byte[] body = bodies.next(random);
            return new FuzzRequest("body", "POST", PATH, Map.of("Content-Type", types.next(random)), body);
        };
    }

    static Gen<FuzzRequest> getRequests() {
        Gen<String> parameterValue = Gen.oneOf(
                Gen.of(TOKENS).list(0, 200).map(tokens -> String.join(" ", tokens)),
                Gen.strings(Gen.UNICODE, 0, 100),
                jsonValues(4).map(FuzzRequests::encodeAny),
                Gen.strings(Gen.UNICODE, 3000, 9000));
        Gen<Map<String, String>> parameters = Gen.maps(
                Gen.of("query", "variables", "operationName", "extensions", "query", "x"), parameterValue, 4);
        return parameters.map(map -> {
            String query = map.entrySet().stream()
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&"));
            return new FuzzRequest("get", "GET", PATH + (query.isEmpty() ? "" : "?" + query), Map.of(), new byte[0]);
        });
    }

    static Gen<FuzzRequest> persistedQueries() {
        Gen<Object> hash = Gen.oneOf(Gen.strings(Gen.chars("0123456789abcdef"), 64, 64), jsonValues(2));
        Gen<Object> version = Gen.oneOf(Gen.of(1, 2, 0, -1), jsonValues(2));
        Gen<String> query = Gen.of("{ meta { apiVersion } }", "", "{ nope }");
        Gen<Boolean> coin = Gen.of(true, false);
        return random -> {
            JsonObject extensions = new JsonObject().put("persistedQuery",
                    new JsonObject().put("version", version.next(random)).put("sha256Hash", hash.next(random)));
            String document = query.next(random);
            boolean withQuery = coin.next(random);
            if (coin.next(random)) {
                String target = PATH + "?extensions=" + encode(extensions.encode())
                        + (withQuery ? "&query=" + encode(document) : "");
                return new FuzzRequest("persisted", "GET", target, Map.of(), new byte[0]);
            }
            JsonObject body = new JsonObject().put("extensions", extensions);
            if (withQuery) {
                body.put("query", document);
            }
            return post("persisted", body);
        };
    }

    /**
     * JSON values of every type, nested at most {@code depth} levels: strings (unicode), numbers of every size,
     * booleans, null. Numbers span every magnitude, with the edges where parsers break: 0, -0.0, 0.01, the int and long
     * bounds and values just past them, {@code ±1e40}.
     */
    static Gen<Object> jsonValues(int depth) {
        Gen<Object> leaf = Gen.oneOf(
                Gen.strings(Gen.UNICODE, 0, 30),
                Gen.of("Rinvoq", "", "ten", "RHJ1ZzoxMjM=", "-1", "1e309"),
                Gen.oneOf(random -> random.nextInt() >> random.nextInt(32), Gen.of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE)),
                Gen.oneOf(random -> random.nextLong() >> random.nextInt(64), Gen.of(Long.MIN_VALUE, Long.MAX_VALUE,
                        Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L)),
                Gen.oneOf(FuzzRequests::bigInteger, Gen.of(TEN_TO_40, TEN_TO_40.negate(), BigInteger.TWO.pow(63))),
                Gen.oneOf(random -> Math.round(random.nextGaussian() * 1e5) / 100.0,
                        random -> (random.nextDouble() * 2 - 1) * Double.MAX_VALUE,
                        Gen.of(0.0, -0.0, 0.01, 0.5, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE)),
                Gen.of(true, false),
                random -> null);
        if (depth <= 0) {
            return leaf;
        }
        Gen<Object> inner = jsonValues(depth - 1);
        return Gen.frequencyOf(
                entry(6, leaf),
                entry(1, inner.list(0, 5).map(JsonArray::new)),
                entry(1, Gen.maps(Gen.strings(Gen.chars(ALPHA), 0, 8), inner, 4).map(JsonObject::new)));
    }

    /** Between {@code -1e40} and {@code 1e40}, of a random number of bits, so that every magnitude comes up. */
    private static BigInteger bigInteger(Random random) {
        BigInteger magnitude = new BigInteger(random.nextInt(134), random).min(TEN_TO_40);
        return random.nextBoolean() ? magnitude : magnitude.negate();
    }

    private static FuzzRequest post(String kind, JsonObject body) {
        return new FuzzRequest(kind, "POST", PATH, Map.of("Content-Type", "application/json"),
                body.encode().getBytes(StandardCharsets.UTF_8));
    }

    private static String encodeAny(Object value) {
        if (value instanceof JsonObject object) {
            return object.encode();
        }
        if (value instanceof JsonArray array) {
            return array.encode();
        }
        return new JsonArray().add(value).encode().replaceAll("^\\[|]$", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
