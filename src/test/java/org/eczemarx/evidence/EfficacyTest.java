package org.eczemarx.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Questions about comparative efficacy from network meta-analyses, as the reviews report it. */
@QuarkusTest
class EfficacyTest {

    private static final String RESULTS = """
            query Results($filter: EfficacyFilter) {
              efficacyResults(filter: $filter) {
                outcome timePoint timePointDetail dose comparator effect rankingGroup certainty summary
                intervention { code drug { name } }
                source { title kind }
              }
            }""";

    @Test
    void forWhichOutcomesWasDupilumabTheMostEffectiveSystemicInTheCochraneReview() {
        // Sawangjit et al., Systemic treatments for eczema: a network meta-analysis, Cochrane Database Syst Rev 2020-09-14:
        // dupilumab ranked most effective for EASI-75 and POEM in the short term.
        JsonPath json = GraphQL.data(RESULTS, Map.of("filter", Map.of("drug", "Dupixent", "rankingGroup", "MOST_EFFECTIVE")));
        assertThat(json.getList("data.efficacyResults.outcome", String.class)).containsExactly("EASI_75", "POEM");
        assertThat(json.getList("data.efficacyResults.timePoint", String.class)).containsOnly("SHORT_TERM");
        assertThat(json.getList("data.efficacyResults.source.kind", String.class)).containsOnly("SYSTEMATIC_REVIEW");
        assertThat(json.getList("data.efficacyResults.source.title", String.class)).allMatch(title -> title.contains("Sawangjit"));
    }

    @Test
    void whichSystemicsAreAmongTheMostEffectiveForEasiInTheShortTerm() {
        // Chu et al., Systemic treatments for atopic dermatitis: systematic review and network meta-analysis (2023-09-09):
        // high-dose abrocitinib and high- and low-dose upadacitinib among the most effective for EASI.
        JsonPath json = GraphQL.data(RESULTS, Map.of("filter",
                Map.of("outcome", "EASI", "timePoint", "SHORT_TERM", "rankingGroup", "AMONG_MOST_EFFECTIVE")));
        assertThat(json.getList("data.efficacyResults.intervention.code", String.class))
                .containsExactly("abrocitinib", "upadacitinib", "upadacitinib");
        assertThat(json.getList("data.efficacyResults.dose", String.class))
                .allMatch(dose -> dose.startsWith("high dose") || dose.startsWith("low dose"));
    }

    @Test
    void howDoesAbrocitinib200mgCompareWithDupilumabOnEasi() {
        // Drucker et al., living systematic review and NMA update (JAMA Dermatol 2022-03-16): abrocitinib 200 mg daily led to a
        // greater EASI reduction than dupilumab, MD 2.2 (95% CrI 0.2 to 4.0), high certainty.
        JsonPath json = GraphQL.data("""
                { drug(name: "Cibinqo") { efficacy(outcome: EASI, timePoint: SHORT_TERM) {
                    dose comparator effect rankingGroup certainty source { title } } } }""");
        Map<String, Object> vsDupilumab = json.getMap("data.drug.efficacy.find { it.dose == '200 mg once daily' }");
        assertThat(vsDupilumab).containsEntry("effect", "MD 2.2 (95% CrI 0.2 to 4.0) greater EASI reduction")
                .containsEntry("certainty", "HIGH");
        assertThat((String) vsDupilumab.get("comparator")).startsWith("dupilumab");
        // The ranked result of the other review comes first (ranked before unranked).
        assertThat(json.getString("data.drug.efficacy[0].rankingGroup")).isEqualTo("AMONG_MOST_EFFECTIVE");
    }

    @Test
    void isLowDoseBaricitinibAmongTheLeastEffective() {
        // Chu et al. 2023 NMA: low-dose baricitinib among the least effective for EASI; Drucker et al. 2022 NMA: baricitinib
        // 2 mg and 4 mg with smaller EASI reductions than dupilumab, reported as mean differences.
        JsonPath json = GraphQL.data("""
                { drug(name: "baricitinib") { efficacy(outcome: EASI) { dose effect rankingGroup } } }""");
        assertThat(json.getString("data.drug.efficacy[0].rankingGroup")).isEqualTo("AMONG_LEAST_EFFECTIVE");
        assertThat(json.getList("data.drug.efficacy.effect", String.class))
                .contains("MD -5.2 (smaller EASI reduction; credible interval not seen)",
                        "MD -3.2 (smaller EASI reduction; credible interval not seen)");
    }
}
