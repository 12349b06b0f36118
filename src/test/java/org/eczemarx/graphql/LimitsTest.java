package org.eczemarx.graphql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Each limit rejects with LIMIT_EXCEEDED and names the setting; requests just inside the limits pass. */
@QuarkusTest
class LimitsTest {

    @Inject
    ApiConfig config;

    private static String nested(String root, String child, int levels) {
        return "{ " + root + " " + ("{ " + child + " ").repeat(levels - 2) + "{ name }" + " }".repeat(levels - 2) + " }";
    }

    @Test
    void depthAtTheLimitPasses() {
        // `parent` is one class, so the cost stays small (15 levels of `children`, 10 items each, would cost too much)
        GraphQL.post(nested("drugClasses", "parent", 15)).statusCode(200).body("errors", nullValue());
    }

    @Test
    void depthOverTheLimitIsRejected() {
        GraphQL.post(nested("drugClasses", "children", 16))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("16 levels deep, more than the limit of 15"))
                .body("errors[0].message", containsString("eczemarx.limits.max-depth"))
                .body("data", nullValue());
    }

    @Test
    void costCountsPageSizeTimesChildren() {
        // The richest page clients ask for (the batching test's document) fits.
        GraphQL.post(GraphQL.document("nested-drugs"), Map.of("first", 100)).body("errors", nullValue());
        // `first` from a variable counts too (no more than the drugs there are): each drug's monitoring, its tests'
        // requirements and their drugs' monitoring multiply.
        long drugs = GraphQL.data("{ drugs(first: 100) { totalCount } }").getLong("data.drugs.totalCount");
        long perDrug = longest("{ drugs(first: 100) { nodes { monitoring { __typename } } } }", "data.drugs.nodes.monitoring");
        long perTest = longest("{ labTests { requirements { __typename } } }", "data.labTests.requirements");
        long monitoring = 1 + perDrug * 2; // monitoring { test { name } }
        // nodes { monitoring { test { requirements { drug { monitoring ... } } } } }
        long node = 1 + (1 + perDrug * (1 + (1 + perTest * (1 + monitoring))));
        int first = (int) Math.min(drugs, config.limits().maxComplexity() / node + 1);
        long expected = 1 + first * node;
        GraphQL.post("""
                query($first: Int) { drugs(first: $first) { nodes {
                  monitoring { test { requirements { drug { monitoring { test { name } } } } } } } } }""", Map.of("first", first))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("estimated cost is " + expected + ","))
                .body("errors[0].message", containsString("eczemarx.limits.max-complexity"))
                .body("errors[0].message", containsString("`first`"));
    }

    @Test
    void unpagedListsCountTheLongestListOfTheKnowledgeBase() {
        // A chain of links between entities without `first` multiplies the real lengths of its lists: half of it
        // answers; all of it (2.3 MB of JSON; six aliases, 14 MB, passed when lists counted 10 items) is refused before
        // it runs.
        long tests = GraphQL.data("{ labTests { __typename } }").getList("data.labTests").size();
        long perTest = longest("{ labTests { requirements { __typename } } }", "data.labTests.requirements");
        long perDrug = longest("{ drugs(first: 100) { nodes { monitoring { __typename } } } }", "data.drugs.nodes.monitoring");
        long one = 1 + tests * (1 + perTest * (1 + (1 + perDrug * (1 + (1 + perTest * 2)))));
        GraphQL.post("{ labTests { requirements { drug { monitoring { test { name } } } } } }").body("errors", nullValue());
        GraphQL.post("""
                { labTests { requirements { drug { monitoring { test { requirements { drug { mechanism } } } } } } } }""")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("estimated cost is " + one + ","))
                .body("errors[0].message", containsString("the longest such list in the knowledge base"))
                .body("data", nullValue());
    }

    /** The longest of the lists at {@code path} in the answer to {@code query}. */
    private static long longest(String query, String path) {
        List<List<?>> lists = GraphQL.data(query).getList(path);
        return lists.stream().mapToLong(List::size).max().orElse(0);
    }

    @Test
    void pageSizeOver100IsBadUserInput() {
        GraphQL.post("{ drugs(first: 101) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("at most 100"));
    }

    @Test
    void tooManyTokens() {
        GraphQL.post("{ meta { " + "a ".repeat(2500) + "} }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("eczemarx.limits.max-tokens"));
    }

    @Test
    void documentTooLarge() {
        GraphQL.post("{ meta { apiVersion } }" + "#".repeat(20_000))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("eczemarx.limits.max-document-bytes"));
    }

    @Test
    void tooManyAliases() {
        StringBuilder query = new StringBuilder("{ meta {");
        for (int i = 0; i < 31; i++) {
            query.append(" v").append(i).append(": apiVersion");
        }
        GraphQL.post(query.append(" } }").toString())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("31 aliases"))
                .body("errors[0].message", containsString("eczemarx.limits.max-aliases"));
    }

    @Test
    void tooManyRootFields() {
        GraphQL.post("{ " + "meta { apiVersion } ".repeat(21) + "}")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("eczemarx.limits.max-root-fields"));
    }

    @Test
    void fragmentCyclesAreRejectedBeforeTheyAreExpanded() {
        GraphQL.post("""
                { drugClasses { ...A } }
                fragment A on DrugClass { name ...B }
                fragment B on DrugClass { children { ...A } }""")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("A -> B -> A"));
    }

    @Test
    void fragmentsThatDoubleAtEachLevelAreCostedNotExpanded() {
        StringBuilder query = new StringBuilder("{ drugClasses { ...F0 } }");
        for (int i = 0; i < 40; i++) {
            query.append(" fragment F").append(i).append(" on DrugClass { ...F").append(i + 1).append(" ...F").append(i + 1).append(" }");
        }
        query.append(" fragment F40 on DrugClass { name }");
        GraphQL.post(query.toString())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("cost"));
    }

    @Test
    void theStandardIntrospectionQueryPasses() {
        GraphQL.post(IntrospectionQuery.INTROSPECTION_QUERY)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"));
    }
}
