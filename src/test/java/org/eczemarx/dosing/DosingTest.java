package org.eczemarx.dosing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Questions about dosing as labelled, dose changes and limits of use. */
@QuarkusTest
class DosingTest {

    private static final String DOSING = """
            query Dosing($name: String!, $region: Region, $condition: ConditionCode) {
              drug(name: $name) {
                dosing(region: $region, condition: $condition) {
                  region population minimumAgeMonths maximumAgeMonths minimumWeightKg maximumWeightKg
                  loadingDose dose frequency maintenanceOptions condition { code } source { title date } verified
                }
              }
            }""";

    private static JsonPath dosing(String name, String region) {
        return GraphQL.data(DOSING, Map.of("name", name, "region", region, "condition", "ATOPIC_DERMATITIS"));
    }

    @Test
    void everyDrugsRegimensComeAdultsFirst() {
        // Drug.dosing: "adults first, then younger or lighter patients", within each region and condition
        List<Map<String, Object>> drugs = GraphQL.data("""
                { drugs(first: 100) { nodes { name dosing { region condition { code } population minimumAgeMonths minimumWeightKg } } } }""")
                .getList("data.drugs.nodes");
        for (Map<String, Object> drug : drugs) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> regimens = (List<Map<String, Object>>) drug.get("dosing");
            for (int i = 1; i < regimens.size(); i++) {
                Map<String, Object> before = regimens.get(i - 1);
                Map<String, Object> after = regimens.get(i);
                if (before.get("region").equals(after.get("region")) && before.get("condition").equals(after.get("condition"))) {
                    assertThat(older(before, after)).as("%s: %s before %s", drug.get("name"), before.get("population"),
                            after.get("population")).isGreaterThanOrEqualTo(0);
                }
            }
        }
    }

    /** Positive when {@code a} is for older (or heavier) patients than {@code b}; a missing minimum counts as oldest. */
    private static int older(Map<String, Object> a, Map<String, Object> b) {
        int byAge = Double.compare(minimum(a, "minimumAgeMonths"), minimum(b, "minimumAgeMonths"));
        return byAge != 0 ? byAge : Double.compare(minimum(a, "minimumWeightKg"), minimum(b, "minimumWeightKg"));
    }

    private static double minimum(Map<String, Object> regimen, String key) {
        Object value = regimen.get(key);
        return value == null ? Double.MAX_VALUE : ((Number) value).doubleValue();
    }

    @Test
    void howIsDupixentStartedAndContinuedInAdultsInTheUs() {
        // FDA Dupixent label 2026-04, section 2.2: adults, initial dose 600 mg (two 300 mg injections), then 300 mg every other week.
        Map<String, Object> adults = dosing("Dupixent", "US").getMap("data.drug.dosing.find { it.population == 'adults' }");
        assertThat(adults).containsEntry("loadingDose", "600 mg (two 300 mg injections)").containsEntry("dose", "300 mg")
                .containsEntry("frequency", "every other week").containsEntry("minimumAgeMonths", 216);
    }

    @Test
    void whatDoseOfDupilumabIsLabelledForAYoungChildOf12KgInTheEu() {
        // EMA Dupixent SmPC (EPAR 2023-03-21), section 4.2: children 6 months to 5 years, 5 to <15 kg: 200 mg every 4 weeks,
        // no loading dose; 15 to <30 kg: 300 mg every 4 weeks.
        JsonPath json = dosing("dupilumab", "EU");
        Map<String, Object> band = json.getMap("data.drug.dosing.find { it.minimumAgeMonths == 6 && it.minimumWeightKg <= 12 && it.maximumWeightKg > 12 }");
        assertThat(band).containsEntry("dose", "200 mg").containsEntry("frequency", "every 4 weeks").containsEntry("loadingDose", null)
                .containsEntry("minimumWeightKg", 5.0f).containsEntry("maximumWeightKg", 15.0f);
        assertThat(json.getList("data.drug.dosing.region", String.class)).containsOnly("EU");
        assertThat(json.getList("data.drug.dosing.condition.code", String.class)).containsOnly("ATOPIC_DERMATITIS");
    }

    @Test
    void howIsAdbryStartedWithTheAutoinjectorInAdultsInTheUs() {
        // US Adbry label, Dosage and Administration (Dosage in Adults): the 300 mg autoinjector, adults only, 600 mg as two 300 mg
        // injections, then 300 mg every other week; read in reproductions of the label only, so unverified (V18).
        JsonPath json = dosing("Adbry", "US");
        Map<String, Object> autoinjector = json.getMap("data.drug.dosing.find { it.population.contains('autoinjector') }");
        assertThat(autoinjector).containsEntry("loadingDose", "600 mg (two 300 mg injections)")
                .containsEntry("dose", "300 mg (one 300 mg injection)").containsEntry("frequency", "every other week")
                .containsEntry("minimumAgeMonths", 216).containsEntry("verified", false);
        assertThat(json.getList("data.drug.dosing.population", String.class)).contains("adults", "pediatric patients 12 to 17 years");
    }

    @Test
    void canLebrikizumabBeGivenLessOftenOnceTheDiseaseIsControlled() {
        // FDA Ebglyss label 2025-10, section 2.2: 500 mg at weeks 0 and 2, 250 mg every two weeks until week 16 or later,
        // then 250 mg every four weeks once an adequate clinical response is achieved; patients of at least 40 kg.
        Map<String, Object> regimen = dosing("Ebglyss", "US").getMap("data.drug.dosing[0]");
        assertThat(regimen).containsEntry("loadingDose", "500 mg (two 250 mg injections) at week 0 and week 2")
                .containsEntry("minimumWeightKg", 40.0f);
        assertThat((String) regimen.get("maintenanceOptions")).contains("250 mg every four weeks");
    }

    @Test
    void whatBaricitinibDoseIsLabelledForChildrenByWeightInTheEu() {
        // EMA Olumiant SmPC (2023-10-18), section 4.2: children from 2 years, 10 to <30 kg 2 mg once daily, 30 kg or more 4 mg once daily.
        JsonPath json = dosing("Olumiant", "EU");
        assertThat(json.getMap("data.drug.dosing.find { it.minimumWeightKg == 10.0 }")).containsEntry("dose", "2 mg")
                .containsEntry("maximumWeightKg", 30.0f);
        assertThat(json.getMap("data.drug.dosing.find { it.minimumWeightKg == 30.0 }")).containsEntry("dose", "4 mg")
                .containsEntry("frequency", "once daily");
    }

    @Test
    void whatUpadacitinibDoseIsLabelledWithStrongCyp3a4InhibitorsAndForOlderAdults() {
        // FDA Rinvoq label 2026-05, sections 2 and 7: 15 mg once daily with strong CYP3A4 inhibitors (e.g. ketoconazole);
        // patients 65 years and older: 15 mg once daily, 30 mg not recommended.
        JsonPath json = GraphQL.data("""
                { drug(name: "Rinvoq") {
                    cyp: doseAdjustments(region: US, circumstance: STRONG_CYP3A4_INHIBITORS) { adjustment source { title } }
                    older: doseAdjustments(region: US, circumstance: OLDER_ADULTS) { adjustment } } }""");
        assertThat(json.getString("data.drug.cyp[0].adjustment")).contains("15 mg once daily");
        assertThat(json.getString("data.drug.cyp[0].source.title")).contains("RINVOQ");
        assertThat(json.getString("data.drug.older[0].adjustment")).contains("30 mg dose is not recommended");
    }

    @Test
    void whatAbrocitinibDoseIsLabelledWithStrongCyp2c19Inhibitors() {
        // FDA Cibinqo label 2026-06, section 2 / 7: with strong CYP2C19 inhibitors the dose is 50 mg once daily.
        JsonPath json = GraphQL.data("""
                { drug(name: "abrocitinib") { doseAdjustments(region: US, circumstance: STRONG_CYP2C19_INHIBITORS) { adjustment } } }""");
        assertThat(json.getList("data.drug.doseAdjustments")).hasSize(1);
        assertThat(json.getString("data.drug.doseAdjustments[0].adjustment")).contains("50 mg once daily");
    }

    @Test
    void howMuchClobetasolMayBeUsedAndForHowLongInTheUs() {
        // FDA clobetasol propionate 0.05% emollient cream labels (2026-10 and 2025-05), Dosage and Administration: not more
        // than 50 g per week; treatment limited to 2 consecutive weeks; no occlusion; not on face, groin or axillae.
        JsonPath json = GraphQL.data("""
                { drug(name: "clobetasol") { useLimits(region: US) { kind value unit description source { title } } } }""");
        assertThat(json.getMap("data.drug.useLimits.find { it.kind == 'MAX_AMOUNT' }")).containsEntry("value", 50.0f)
                .containsEntry("unit", "GRAMS_PER_WEEK");
        assertThat(json.getMap("data.drug.useLimits.find { it.kind == 'MAX_DURATION' }")).containsEntry("value", 2.0f)
                .containsEntry("unit", "WEEKS");
        assertThat(json.getList("data.drug.useLimits.kind", String.class)).contains("OCCLUSION", "SITE");
    }

    @Test
    void howMuchOpzeluraMayBeAppliedPerWeek() {
        // FDA Opzelura label 2026-06, section 2: up to 20% body surface area; do not use more than 60 grams per week.
        JsonPath json = GraphQL.data("""
                { drug(name: "Opzelura") { useLimits(region: US) { kind value unit } } }""");
        assertThat(json.getMap("data.drug.useLimits.find { it.kind == 'MAX_AMOUNT' }")).containsEntry("value", 60.0f)
                .containsEntry("unit", "GRAMS_PER_WEEK");
        assertThat(json.getMap("data.drug.useLimits.find { it.kind == 'MAX_BODY_SURFACE_AREA' }")).containsEntry("value", 20.0f)
                .containsEntry("unit", "PERCENT_BSA");
    }
}
