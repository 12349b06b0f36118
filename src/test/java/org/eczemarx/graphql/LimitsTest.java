package org.eczemarx.graphql;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import io.quarkus.test.junit.QuarkusTest;

/** Each limit rejects with LIMIT_EXCEEDED and names the setting; requests just inside the limits pass. */
@QuarkusTest
class LimitsTest {

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
        // The richest page clients ask for (the batching test's document) fits: it costs about 104,000.
        GraphQL.post(GraphQL.document("nested-drugs"), Map.of("first", 100)).body("errors", nullValue());
        // `first` from a variable counts too: 1 + 60000 × (nodes 1 + name 1 + mechanism 1) = 180001.
        GraphQL.post("query($first: Int) { drugs(first: $first) { nodes { name mechanism } } }", Map.of("first", 60000))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("estimated cost is 180001"))
                .body("errors[0].message", containsString("eczemarx.limits.max-complexity"))
                .body("errors[0].message", containsString("`first`"));
    }

    @Test
    void unpagedListsMultiplyWhenNested() {
        // Links between entities without `first`: each list counts 10 items. One round trip from lab tests back to lab
        // tests costs 2111 and answers; two cost 212,111 (the answer, when lists counted 1, held 41,000 names).
        GraphQL.post("{ labTests { drugs { monitoring { test { name } } } } }").body("errors", nullValue());
        GraphQL.post("{ labTests { drugs { monitoring { test { drugs { monitoring { test { name } } } } } } } }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("estimated cost is 212111"))
                .body("data", nullValue());
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
