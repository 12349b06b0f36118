package org.eczemarx.drug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DrugQueriesTest {

    private static final String CARD = GraphQL.document("drug-card");
    private static final String PAGE = GraphQL.document("drugs-page");

    @ParameterizedTest
    @CsvSource({
            "upadacitinib, upadacitinib",
            "Rinvoq, upadacitinib",
            "RINVOQ, upadacitinib",
            "ciclosporin, cyclosporine",
            "Cyclosporin A, cyclosporine",
            "Adtralza, tralokinumab",
            "Adbry, tralokinumab",
            "' dupilumab ', dupilumab",
            "Dupi-xent, dupilumab",
            "Ébglyss, lebrikizumab",
            "Dupixent®, dupilumab", // as labels print brands: unaccent would spell ® "(R)"
            "Rinvoq™, upadacitinib",
            "Protopic ®, tacrolimus"
    })
    void drugByInnSynonymOrBrandIgnoringCaseSpacesHyphensAndAccents(String asked, String inn) {
        GraphQL.post(CARD, Map.of("name", asked))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.drug.name", equalTo(inn));
    }

    @Test
    void unknownDrugIsNullWithoutError() {
        GraphQL.post(CARD, Map.of("name", "no-such-medicine"))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.drug", nullValue());
    }

    @Test
    void drugCardCarriesSourcedFacts() {
        JsonPath card = GraphQL.data(CARD, Map.of("name", "dupilumab"));
        assertThat(card.getString("data.drug.drugClass.name")).isEqualTo("anti-IL-4Rα antibodies");
        assertThat(card.getList("data.drug.routes", String.class)).containsExactly("SUBCUTANEOUS");
        assertThat(card.getList("data.drug.targets.target.symbol", String.class)).containsExactly("IL4R");
        assertThat(card.getList("data.drug.approvals.region", String.class)).contains("US", "EU");
        assertThat(card.getList("data.drug.approvals.source.title", String.class)).allSatisfy(t -> assertThat(t).isNotBlank());
        assertThat(card.getList("data.drug.sources.date", String.class)).allSatisfy(d -> assertThat(d).matches("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(card.getList("data.drug.boxedWarnings")).isEmpty();
    }

    @Test
    void pagingWalksEveryDrugOnceInStableOrder() {
        List<String> walked = new ArrayList<>();
        String after = null;
        int total = -1;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 7));
            if (after != null) {
                variables.put("after", after);
            }
            JsonPath page = GraphQL.data(PAGE, variables);
            total = page.getInt("data.drugs.totalCount");
            walked.addAll(page.getList("data.drugs.edges.node.name", String.class));
            more = page.getBoolean("data.drugs.pageInfo.hasNextPage");
            after = page.getString("data.drugs.pageInfo.endCursor");
        }
        assertThat(walked).hasSize(total).doesNotHaveDuplicates().isSorted();
        JsonPath all = GraphQL.data(PAGE, Map.of("first", 100));
        assertThat(all.getList("data.drugs.edges.node.name", String.class)).isEqualTo(walked);
    }

    @Test
    void orderByNameDescendingReversesTheOrder() {
        List<String> asc = GraphQL.data(PAGE, Map.of("first", 100)).getList("data.drugs.edges.node.name", String.class);
        List<String> desc = GraphQL.data(PAGE, Map.of("first", 100, "orderBy", "NAME_DESC"))
                .getList("data.drugs.edges.node.name", String.class);
        List<String> reversed = new ArrayList<>(asc);
        java.util.Collections.reverse(reversed);
        assertThat(desc).isEqualTo(reversed);
    }

    @Test
    void filterByClassIncludesSubclassesAndTotalCountFollowsTheFilter() {
        JsonPath jak = GraphQL.data(PAGE, Map.of("first", 2, "filter", Map.of("drugClass", "JAK inhibitors")));
        assertThat(jak.getInt("data.drugs.totalCount")).isEqualTo(5);
        assertThat(jak.getList("data.drugs.edges")).hasSize(2);
        JsonPath all = GraphQL.data(PAGE, Map.of("first", 100, "filter", Map.of("drugClass", "jak-inhibitors")));
        assertThat(all.getList("data.drugs.edges.node.name", String.class))
                .containsExactly("abrocitinib", "baricitinib", "delgocitinib", "ruxolitinib", "upadacitinib");
    }

    @Test
    void pageSizeAboveTheMaximumIsBadUserInput() {
        GraphQL.post(PAGE, Map.of("first", 101))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("at most 100"));
    }

    @Test
    void negativePageSizeIsBadUserInput() {
        GraphQL.post(PAGE, Map.of("first", -1))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void malformedCursorIsBadUserInput() {
        GraphQL.post(PAGE, Map.of("after", "not-a-cursor"))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("cursor"));
    }
}
