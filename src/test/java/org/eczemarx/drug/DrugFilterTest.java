package org.eczemarx.drug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Each filter of `drugs`, alone and combined with paging; totalCount follows the filter. */
@QuarkusTest
class DrugFilterTest {

    private static final String PAGE = GraphQL.document("drugs-page");

    private static List<String> names(Map<String, Object> filter) {
        JsonPath json = GraphQL.data(PAGE, Map.of("first", 100, "filter", filter));
        List<String> names = json.getList("data.drugs.edges.node.name", String.class);
        assertThat(json.getInt("data.drugs.totalCount")).isEqualTo(names.size());
        return names;
    }

    @Test
    void byTargetSymbolOrAlias() {
        assertThat(names(Map.of("target", "IL-13"))).containsExactly("lebrikizumab", "tralokinumab");
        assertThat(names(Map.of("target", "IL-4Rα"))).containsExactly("dupilumab");
    }

    @Test
    void byPathway() {
        assertThat(names(Map.of("pathway", "JAK_STAT")))
                .contains("abrocitinib", "upadacitinib", "ruxolitinib").doesNotContain("dupilumab");
    }

    @Test
    void byRouteAndModality() {
        assertThat(names(Map.of("route", "SUBCUTANEOUS", "modality", "MONOCLONAL_ANTIBODY")))
                .contains("dupilumab", "tralokinumab", "lebrikizumab", "nemolizumab");
        assertThat(names(Map.of("route", "ORAL"))).contains("upadacitinib", "cyclosporine").doesNotContain("tacrolimus");
    }

    @Test
    void byRegionStatusAndCondition() {
        List<String> usApprovedForAd = names(Map.of("region", "US", "approvalStatus", "APPROVED", "condition", "ATOPIC_DERMATITIS"));
        assertThat(usApprovedForAd).contains("dupilumab", "upadacitinib").doesNotContain("baricitinib", "methotrexate");
        assertThat(names(Map.of("region", "EU", "approvalStatus", "APPROVED", "condition", "ATOPIC_DERMATITIS"))).contains("baricitinib");
        assertThat(names(Map.of("region", "US", "condition", "CHRONIC_HAND_ECZEMA", "approvalStatus", "APPROVED"))).contains("delgocitinib");
    }

    @Test
    void byPatientAgeInMonths() {
        List<String> sixMonthOldsInUs = names(Map.of("region", "US", "condition", "ATOPIC_DERMATITIS", "ageMonths", 6));
        assertThat(sixMonthOldsInUs).contains("dupilumab").doesNotContain("upadacitinib", "tralokinumab");
        List<String> teenagers = names(Map.of("region", "US", "condition", "ATOPIC_DERMATITIS", "ageMonths", 150));
        assertThat(teenagers).contains("dupilumab", "upadacitinib", "tralokinumab");
    }

    @Test
    void byPatientWeightWhereApprovalsSetAMinimum() {
        // upadacitinib's and lebrikizumab's US approvals for adolescents need 40 kg; dupilumab's 5 kg
        Map<String, Object> twelveYearOld = Map.of("region", "US", "condition", "ATOPIC_DERMATITIS", "ageMonths", 144);
        assertThat(names(twelveYearOld)).contains("dupilumab", "upadacitinib", "lebrikizumab");
        assertThat(names(with(twelveYearOld, "weightKg", 35.5))).contains("dupilumab", "tralokinumab")
                .doesNotContain("upadacitinib", "lebrikizumab");
        assertThat(names(with(twelveYearOld, "weightKg", 40))).contains("dupilumab", "upadacitinib", "lebrikizumab");
        assertThat(names(Map.of("region", "US", "condition", "ATOPIC_DERMATITIS", "weightKg", 4))).as("weight alone: approvals without a minimum count")
                .doesNotContain("dupilumab").contains("tralokinumab");
        for (Object bad : List.of(0, -3.5, 1e6)) {
            GraphQL.post(PAGE, Map.of("first", 2, "filter", with(twelveYearOld, "weightKg", bad)))
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("filter.weightKg"));
        }
    }

    @Test
    void anApprovalWithoutAStatedMinimumAgeCountsForAdultsOnly() {
        // cyclosporine's EU approval states no minimum age: it covers a 40-year-old, and nothing is said of children
        Map<String, Object> eu = Map.of("region", "EU", "condition", "ATOPIC_DERMATITIS");
        List<String> approved = names(Map.of("region", "EU", "condition", "ATOPIC_DERMATITIS", "approvalStatus", "APPROVED"));
        assertThat(names(with(eu, "ageMonths", 480))).containsExactlyInAnyOrderElementsOf(approved).contains("cyclosporine");
        assertThat(names(with(eu, "ageMonths", 216))).contains("cyclosporine");
        assertThat(names(with(eu, "ageMonths", 120))).doesNotContain("cyclosporine");
        GraphQL.post(PAGE, Map.of("first", 2, "filter", with(eu, "ageMonths", -5)))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"));
    }

    private static Map<String, Object> with(Map<String, Object> filter, String key, Object value) {
        Map<String, Object> more = new java.util.HashMap<>(filter);
        more.put(key, value);
        return more;
    }

    @Test
    void byBoxedWarningPerRegion() {
        List<String> withUsBox = names(Map.of("hasBoxedWarning", true, "region", "US"));
        assertThat(withUsBox).contains("upadacitinib", "tacrolimus", "cyclosporine").doesNotContain("dupilumab");
        List<String> withoutBox = names(Map.of("hasBoxedWarning", false));
        assertThat(withoutBox).contains("dupilumab").doesNotContain("upadacitinib");
        assertThat(names(Map.of("hasBoxedWarning", true, "region", "EU"))).isEmpty();
    }

    @Test
    void byRequiredLabTest() {
        assertThat(names(Map.of("requiresLabTest", "TPMT"))).contains("azathioprine");
        assertThat(names(Map.of("requiresLabTest", "lipid panel"))).contains("upadacitinib").doesNotContain("dupilumab");
    }

    @Test
    void byFreeText() {
        assertThat(names(Map.of("text", "rinvoq"))).containsExactly("upadacitinib");
        assertThat(names(Map.of("text", "antibodies"))).contains("dupilumab", "nemolizumab");
        assertThat(names(Map.of("text", "Rin-voq"))).as("letters and digits count").containsExactly("upadacitinib");
    }

    @Test
    void freeTextWithoutALetterOrDigitIsRefusedNotAMatchForEveryDrug() {
        for (String text : List.of("%", "!!!", "_")) {
            GraphQL.post(PAGE, Map.of("first", 2, "filter", Map.of("text", text)))
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("letter or digit"));
        }
    }

    @Test
    void aNameThatNamesNothingIsNotFoundNotAMedicalNone() {
        Map<String, String> typos = Map.of("drugClass", "JAK inhibitor", "target", "IL-99", "pathway", "JAK",
                "requiresLabTest", "TB test");
        typos.forEach((field, typo) -> GraphQL.post(PAGE, Map.of("first", 2, "filter", Map.of(field, typo)))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("'" + typo + "'")));
        // known names that together match no drug are an empty answer
        assertThat(names(Map.of("drugClass", "JAK inhibitors", "target", "IL-13"))).isEmpty();
    }

    @Test
    void filtersComposeWithPagingAndOrder() {
        Map<String, Object> filter = Map.of("drugClass", "biologics");
        JsonPath first = GraphQL.data(PAGE, Map.of("first", 2, "filter", filter, "orderBy", "NAME_DESC"));
        assertThat(first.getInt("data.drugs.totalCount")).isEqualTo(4);
        assertThat(first.getList("data.drugs.edges.node.name", String.class)).containsExactly("tralokinumab", "nemolizumab");
        JsonPath second = GraphQL.data(PAGE, Map.of("first", 2, "filter", filter, "orderBy", "NAME_DESC",
                "after", first.getString("data.drugs.pageInfo.endCursor")));
        assertThat(second.getList("data.drugs.edges.node.name", String.class)).containsExactly("lebrikizumab", "dupilumab");
        assertThat(second.getBoolean("data.drugs.pageInfo.hasNextPage")).isFalse();
        assertThat(second.getBoolean("data.drugs.pageInfo.hasPreviousPage")).isTrue();
        // the cursor belongs to this filter and order: with others it would name a position in another list
        String cursor = first.getString("data.drugs.pageInfo.endCursor");
        for (Map<String, Object> other : List.of(Map.of("first", 2, "filter", filter, "orderBy", "NAME_ASC", "after", cursor),
                Map.<String, Object>of("first", 2, "orderBy", "NAME_DESC", "after", cursor))) {
            GraphQL.post(PAGE, other)
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", org.hamcrest.Matchers.containsString("another `filter` or `orderBy`"));
        }
    }
}
