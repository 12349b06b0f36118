package org.eczemarx.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Hostile and malformed requests to {@code /graphql}, generated with jqwik's arbitraries: token soup, deep nesting,
 * thousands of aliases, broken strings, unicode, variables of the wrong types, random methods, headers and content
 * types, random bodies up to about 1 MB, GETs and persisted-query extensions. The vocabulary holds no SQL keyword and
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

    private FuzzRequests() {
    }

    /** Every kind, the cheap ones more often. */
    static Arbitrary<FuzzRequest> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, tokenSoup()),
                Tuple.of(2, deepNesting()),
                Tuple.of(1, manyAliases()),
                Tuple.of(2, brokenStrings()),
                Tuple.of(2, unicodeDocuments()),
                Tuple.of(4, wrongVariables()),
                Tuple.of(3, randomHeaders()),
                Tuple.of(2, randomBodies()),
                Tuple.of(2, getRequests()),
                Tuple.of(1, persistedQueries()));
    }

    static Arbitrary<FuzzRequest> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(3000)
                .map(tokens -> post("token soup", new JsonObject().put("query", String.join(" ", tokens))));
    }

    static Arbitrary<FuzzRequest> deepNesting() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 600);
        Arbitrary<String> selections = depth.map(d -> "{ drugClasses " + "{ children ".repeat(d) + "{ name }" + " }".repeat(d) + " }");
        Arbitrary<String> lists = depth.map(d -> "{ drug(name: " + "[".repeat(d) + "\"x\"" + "]".repeat(d) + ") { name } }");
        Arbitrary<String> objects = depth.map(d -> "{ drugs(filter: " + "{ contraindicatedIn: ".repeat(d) + "{}"
                + " }".repeat(d) + ") { totalCount } }");
        Arbitrary<String> braces = depth.map(d -> "{".repeat(d) + "}".repeat(d));
        Arbitrary<String> unbalanced = depth.map(d -> "{ meta " + "{".repeat(d));
        return Arbitraries.oneOf(selections, lists, objects, braces, unbalanced)
                .map(document -> post("deep nesting", new JsonObject().put("query", document)));
    }

    static Arbitrary<FuzzRequest> manyAliases() {
        return Arbitraries.integers().between(1, 3000).map(count -> {
            StringBuilder document = new StringBuilder("{");
            for (int i = 0; i < count; i++) {
                document.append(" a").append(i).append(": meta { apiVersion }");
            }
            return post("aliases", new JsonObject().put("query", document.append(" }").toString()));
        });
    }

    static Arbitrary<FuzzRequest> brokenStrings() {
        Arbitrary<String> inside = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(20),
                Arbitraries.of("\\u12", "\\x41", "\\", "\\uD800", "\\uDFFF", "\\\"", "\\q", "\"\"", "\"\"\"", "\n", "\\u{1F600}"),
                Arbitraries.strings().ascii().ofMaxLength(40));
        Arbitrary<String> documents = Combinators.combine(inside, Arbitraries.of("\"", "\"\"\"", ""), Arbitraries.of("", ") { name } }"))
                .as((text, close, tail) -> "{ drug(name: \"" + text + close + tail);
        Arbitrary<String> blocks = inside.map(text -> "{ search(query: \"\"\"" + text + ") { score } }");
        return Arbitraries.oneOf(documents, blocks).map(document -> post("broken string", new JsonObject().put("query", document)));
    }

    static Arbitrary<FuzzRequest> unicodeDocuments() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(60);
        return Combinators.combine(text, text, Arbitraries.integers().between(0, 3)).as((a, b, shape) -> {
            JsonObject body = switch (shape) {
                case 0 -> new JsonObject().put("query", "{ drug(name: " + new JsonArray().add(a).encode().substring(1).replace("]", "") + ") { name } }");
                case 1 -> new JsonObject().put("query", "query " + a + " { meta { apiVersion } }").put("operationName", b);
                case 2 -> new JsonObject().put("query", "{ search(query: $q) { score } }").put("variables", new JsonObject().put(a, b));
                default -> new JsonObject().put("query", a + " " + b);
            };
            return post("unicode", body);
        });
    }

    static Arbitrary<FuzzRequest> wrongVariables() {
        Arbitrary<Object> value = jsonValues(6);
        Arbitrary<Map<String, Object>> variables = Arbitraries.maps(
                Arbitraries.of("name", "first", "after", "filter", "ids", "names", "query", "extra", ""), value).ofMaxSize(5);
        Arbitrary<Object> variablesField = Arbitraries.frequencyOf(
                Tuple.of(8, variables.map(map -> (Object) new JsonObject(new LinkedHashMap<>(map)))),
                Tuple.of(1, value));
        return Combinators.combine(Arbitraries.of(VARIABLE_DOCUMENTS), variablesField).as((document, vars) ->
                post("variables", new JsonObject().put("query", document).put("variables", vars)));
    }

    static Arbitrary<FuzzRequest> randomHeaders() {
        Arbitrary<String> headerValue = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(100);
        Arbitrary<String> headerName = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz-").ofMinLength(1).ofMaxLength(20)
                .filter(name -> !name.startsWith("-")).map(name -> "x-fuzz-" + name);
        Arbitrary<Map<String, String>> extra = Arbitraries.maps(
                Arbitraries.oneOf(headerName, Arbitraries.of("If-None-Match", "X-Forwarded-For", "Forwarded", "Origin",
                        "Accept-Encoding", "Content-Encoding", "Accept-Charset", "Access-Control-Request-Method")),
                headerValue).ofMaxSize(4);
        Arbitrary<String> contentType = Arbitraries.oneOf(Arbitraries.of(CONTENT_TYPES), headerValue);
        Arbitrary<String> accept = Arbitraries.oneOf(Arbitraries.of(ACCEPTS), headerValue);
        Arbitrary<String> document = Arbitraries.of("{ meta { apiVersion } }", "query Q { drug(name: \"Rinvoq\") { name } }",
                "mutation { meta }", "subscription { meta }", "{ __typename }");
        return Combinators.combine(Arbitraries.of(METHODS), contentType, accept, extra, document).as((method, type, acceptHeader, more, query) -> {
            Map<String, String> headers = new LinkedHashMap<>(more);
            headers.put("Content-Type", type);
            headers.put("Accept", acceptHeader);
            String target = PATH + "?query=" + encode(query);
            byte[] body = new JsonObject().put("query", query).encode().getBytes(StandardCharsets.UTF_8);
            return new FuzzRequest("headers", method, target, headers, method.equals("GET") || method.equals("HEAD") ? new byte[0] : body);
        });
    }

    static Arbitrary<FuzzRequest> randomBodies() {
        Arbitrary<Integer> size = Arbitraries.oneOf(Arbitraries.integers().between(0, 2_000),
                Arbitraries.integers().between(60_000, 70_000), Arbitraries.integers().between(0, 1_000_000));
        Arbitrary<byte[]> bytes = size.flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n));
        Arbitrary<byte[]> json = jsonValues(8).map(value -> encodeAny(value).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> shapes = Arbitraries.of("[]", "[{\"query\":\"{ meta { apiVersion } }\"}]", "\"x\"", "1", "null", "{}",
                "{\"query\": 5}", "{\"query\": null}", "{\"query\": [\"{ meta { apiVersion } }\"]}",
                "{\"query\": \"{ meta { apiVersion } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ meta { apiVersion } }\", \"operationName\": 7}",
                "{\"query\": \"{ meta { apiVersion } }\", \"extensions\": []}",
                "{\"query\": \"{ meta { apiVersion } }\"", "{\"query\": \"\\ud800\"}", "\u00ff\u00fe{",
                "{\"query\": \"{ meta { apiVersion } }\", \"query\": \"{ drugs { totalCount } }\"}")
                .map(text -> text.getBytes(StandardCharsets.ISO_8859_1));
        Arbitrary<byte[]> padded = Arbitraries.integers().between(1_000, 1_000_000)
                .map(n -> ("{\"query\": \"{ meta { apiVersion } }\"" + " ".repeat(n) + "}").getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(Arbitraries.oneOf(bytes, json, shapes, padded), Arbitraries.of(CONTENT_TYPES.subList(0, 3)))
                .as((body, type) -> new FuzzRequest("body", "POST", PATH, Map.of("Content-Type", type), body));
    }

    static Arbitrary<FuzzRequest> getRequests() {
        Arbitrary<String> parameterValue = Arbitraries.oneOf(
                Arbitraries.of(TOKENS).list().ofMaxSize(200).map(tokens -> String.join(" ", tokens)),
                Arbitraries.strings().all().ofMaxLength(100),
                jsonValues(4).map(FuzzRequests::encodeAny),
                Arbitraries.strings().ofMinLength(3000).ofMaxLength(9000));
        Arbitrary<Map<String, String>> parameters = Arbitraries.maps(
                Arbitraries.of("query", "variables", "operationName", "extensions", "query", "x"), parameterValue).ofMaxSize(4);
        return parameters.map(map -> {
            String query = map.entrySet().stream()
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&"));
            return new FuzzRequest("get", "GET", PATH + (query.isEmpty() ? "" : "?" + query), Map.of(), new byte[0]);
        });
    }

    static Arbitrary<FuzzRequest> persistedQueries() {
        Arbitrary<Object> hash = Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).map(s -> (Object) s),
                jsonValues(2));
        Arbitrary<Object> version = Arbitraries.oneOf(Arbitraries.of(1, 2, 0, -1).map(v -> (Object) v), jsonValues(2));
        Arbitrary<String> query = Arbitraries.of("{ meta { apiVersion } }", "", "{ nope }");
        return Combinators.combine(hash, version, query, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((sha, v, document, withQuery, get) -> {
                    JsonObject extensions = new JsonObject().put("persistedQuery", new JsonObject().put("version", v).put("sha256Hash", sha));
                    if (get) {
                        String target = PATH + "?extensions=" + encode(extensions.encode())
                                + (withQuery ? "&query=" + encode(document) : "");
                        return new FuzzRequest("persisted", "GET", target, Map.of(), new byte[0]);
                    }
                    JsonObject body = new JsonObject().put("extensions", extensions);
                    if (withQuery) {
                        body.put("query", document);
                    }
                    return post("persisted", body);
                });
    }

    /** JSON values of every type, nested at most {@code depth} levels: strings (unicode), numbers of every size, booleans, null. */
    static Arbitrary<Object> jsonValues(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30).map(s -> (Object) s),
                Arbitraries.of("Rinvoq", "", "ten", "RHJ1ZzoxMjM=", "-1", "1e309").map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(40)), new java.math.BigInteger("1" + "0".repeat(40))).map(b -> (Object) b),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<Object> inner = Arbitraries.lazy(() -> jsonValues(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(6, leaf),
                Tuple.of(1, inner.list().ofMaxSize(5).map(list -> (Object) new JsonArray(new ArrayList<>(list)))),
                Tuple.of(1, Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(8), inner).ofMaxSize(4)
                        .map(map -> (Object) new JsonObject(new LinkedHashMap<>(map)))));
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
