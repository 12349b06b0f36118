package org.eczemarx.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Interactions of a regimen: between its drugs, and with other drugs and classes. */
@QuarkusTest
class RegimenInteractionsTest {

    private static final String BY_NAMES = """
            query($names: [String!], $region: Region) {
              regimenInteractions(drugNames: $names, region: $region) {
                drugs { name }
                betweenRegimenDrugs { interaction { drug { name } interacting management source { title } } with { name } }
                otherInteractions { drug { name } interacting management }
              }
            }""";

    @Test
    void theInteractionsComeByDrugNameRegionThenStrictestFirst() {
        // RegimenInteractions' descriptions promise this order; abrocitinib's EU rows came before its US CONTRAINDICATED row
        JsonPath json = GraphQL.data("""
                { regimenInteractions(drugNames: ["methotrexate", "abrocitinib", "ciclosporin"]) {
                    betweenRegimenDrugs { interaction { drug { name } region management } }
                    otherInteractions { drug { name } region management } } }""");
        for (String list : List.of("otherInteractions", "betweenRegimenDrugs.interaction")) {
            List<Map<String, Object>> rows = json.getList("data.regimenInteractions." + list);
            List<String> keys = rows.stream().map(row -> ((Map<?, ?>) row.get("drug")).get("name") + "|" + row.get("region") + "|"
                    + org.eczemarx.safety.InteractionManagement.valueOf((String) row.get("management")).ordinal()).toList();
            assertThat(rows).as(list).isNotEmpty();
            assertThat(keys).as(list).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        }
    }

    @Test
    void mayRinvoqBeCombinedWithCiclosporin() {
        // FDA Rinvoq label 2026-05, section 1 (limitations of use) and 7: not recommended with potent immunosuppressants such
        // as azathioprine and cyclosporine.
        JsonPath json = GraphQL.data(BY_NAMES, Map.of("names", List.of("Rinvoq", "ciclosporin"), "region", "US"));
        assertThat(json.getList("data.regimenInteractions.drugs.name", String.class)).containsExactly("cyclosporine", "upadacitinib");
        Map<String, Object> between = json.getMap("data.regimenInteractions.betweenRegimenDrugs.find { it.interaction.drug.name == 'upadacitinib' }.interaction");
        assertThat(between).containsEntry("management", "AVOID");
        assertThat((String) between.get("interacting")).contains("cyclosporine");
        assertThat(json.getList("data.regimenInteractions.betweenRegimenDrugs.with.name", String.class).toString()).contains("cyclosporine");
        assertThat(json.getList("data.regimenInteractions.otherInteractions.interacting", String.class))
                .contains("strong CYP3A4 inhibitors (e.g. ketoconazole)");
    }

    @Test
    void mayTwoJakInhibitorsBeCombined() {
        // FDA Cibinqo label 2026-06, section 1 (limitations of use): not recommended in combination with other JAK inhibitors,
        // biologic immunomodulators or other immunosuppressants; the class named in the label matches the other drug's class.
        JsonPath json = GraphQL.data(BY_NAMES, Map.of("names", List.of("abrocitinib", "upadacitinib"), "region", "US"));
        Map<String, Object> between = json.getMap("data.regimenInteractions.betweenRegimenDrugs.find { it.interaction.drug.name == 'abrocitinib' }");
        assertThat(between).isNotNull();
        assertThat(json.getList("data.regimenInteractions.betweenRegimenDrugs.find { it.interaction.drug.name == 'abrocitinib' }.with.name", String.class))
                .containsExactly("upadacitinib");
    }

    @Test
    void doesTheMonitoringPlanOfRuxolitinibCreamWithDupilumabFlagTheCombination() {
        // FDA Opzelura label 2026-06, section 1 (limitation of use): not recommended in combination with therapeutic biologics,
        // other JAK inhibitors or potent immunosuppressants such as azathioprine or cyclosporine.
        String ruxolitinib = idOf("Opzelura");
        String dupilumab = idOf("Dupixent");
        JsonPath json = GraphQL.data("""
                query($ids: [ID!]!) { monitoringPlan(drugIds: $ids) {
                    drugs { name }
                    interactions { drugs { name } betweenRegimenDrugs { interaction { drug { name } interacting management } with { name } } } } }""",
                Map.of("ids", List.of(ruxolitinib, dupilumab)));
        assertThat(json.getList("data.monitoringPlan.interactions.drugs.name", String.class)).containsExactly("dupilumab", "ruxolitinib");
        Map<String, Object> between = json.getMap("data.monitoringPlan.interactions.betweenRegimenDrugs[0].interaction");
        assertThat(between).containsEntry("interacting", "therapeutic biologics and other JAK inhibitors").containsEntry("management", "AVOID");
        assertThat(json.getList("data.monitoringPlan.interactions.betweenRegimenDrugs[0].with.name", String.class)).containsExactly("dupilumab");
    }

    @Test
    void mayMycophenolateBeCombinedWithAzathioprine() {
        // FDA CellCept label 2026-09, section 7: coadministration with azathioprine is not recommended (bone marrow suppression).
        JsonPath json = GraphQL.data(BY_NAMES, Map.of("names", List.of("CellCept", "azathioprine")));
        assertThat(json.getList("data.regimenInteractions.betweenRegimenDrugs.interaction.drug.name", String.class))
                .containsExactly("mycophenolate mofetil");
        assertThat(json.getList("data.regimenInteractions.betweenRegimenDrugs.interaction.management", String.class)).containsExactly("AVOID");
    }

    @Test
    void aTopicalSteroidWithDupilumabHasNoLabelledInteraction() {
        // FDA Dupixent label 2026-04 (no drug-interaction section for topical corticosteroids) and the hydrocortisone labels of V14_3.
        JsonPath json = GraphQL.data(BY_NAMES, Map.of("names", List.of("hydrocortisone", "dupilumab")));
        assertThat(json.getList("data.regimenInteractions.betweenRegimenDrugs")).isEmpty();
    }

    @Test
    void anUnknownDrugIsNotFoundAndAnEmptyRegimenIsBadInput() {
        GraphQL.post(BY_NAMES, Map.of("names", List.of("Rinvoq", "no-such-drug")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("no-such-drug"));
        GraphQL.post("{ regimenInteractions { drugs { name } } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    private static String idOf(String name) {
        return GraphQL.data("query($n: String!) { drug(name: $n) { id } }", Map.of("n", name)).getString("data.drug.id");
    }
}
