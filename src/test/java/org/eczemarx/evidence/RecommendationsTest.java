package org.eczemarx.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Questions about guideline recommendations, answered from the curated data in one round trip each. */
@QuarkusTest
class RecommendationsTest {

    private static final String RECOMMENDATIONS = """
            query Recommendations($filter: RecommendationFilter) {
              recommendations(filter: $filter) {
                guideline direction strength certainty ageGroup population statement verified
                intervention { code name kind drug { name } drugClass { name } }
                source { title kind date }
              }
            }""";

    private static JsonPath recommendations(Map<String, Object> filter) {
        return GraphQL.data(RECOMMENDATIONS, Map.of("filter", filter));
    }

    @Test
    void whichSystemicsDoesTheAad2023StronglyRecommend() {
        // AAD guidelines of care, phototherapy and systemic therapies (Davis et al., JAAD, online 2023-11-03):
        // strong recommendations, moderate certainty, for dupilumab, tralokinumab, abrocitinib, baricitinib, upadacitinib.
        JsonPath json = recommendations(Map.of("guideline", "AAD_2023_SYSTEMIC", "strength", "STRONG"));
        assertThat(json.getList("data.recommendations.intervention.code", String.class))
                .containsExactlyInAnyOrder("abrocitinib", "baricitinib", "dupilumab", "tralokinumab", "upadacitinib");
        assertThat(json.getList("data.recommendations.direction", String.class)).containsOnly("FOR");
        assertThat(json.getList("data.recommendations.certainty", String.class)).containsOnly("MODERATE");
        assertThat(json.getList("data.recommendations.source.kind", String.class)).containsOnly("GUIDELINE");
    }

    @Test
    void whatDoesTheAad2025FocusedUpdateRecommend() {
        // AAD focused update (Davis et al., JAAD 2025;93(3):745.e1-e7, online 2025-06-17), abstract: "strong recommendations
        // for the use of tapinarof cream, roflumilast cream, lebrikizumab, and nemolizumab with concomitant topical therapy".
        // Certainty and populations were not read in the full text, so the rows are unverified (V18).
        JsonPath json = recommendations(Map.of("guideline", "AAD_2025_FOCUSED_UPDATE"));
        assertThat(json.getList("data.recommendations.intervention.code", String.class))
                .containsExactlyInAnyOrder("lebrikizumab", "nemolizumab", "roflumilast", "tapinarof");
        assertThat(json.getList("data.recommendations.direction", String.class)).containsOnly("FOR");
        assertThat(json.getList("data.recommendations.strength", String.class)).containsOnly("STRONG");
        assertThat(json.getList("data.recommendations.ageGroup", String.class)).containsOnly("ADULTS");
        assertThat(json.getList("data.recommendations.verified", Boolean.class)).containsOnly(false);
        assertThat(json.getList("data.recommendations.source.kind", String.class)).containsOnly("GUIDELINE");
    }

    @Test
    void whatDoGuidelinesSayAboutEbglyss() {
        // Lebrikizumab: AAD 2025 focused update (strong, for) and EuroGuiDerm 2025 (unverified), guideline order of the enum.
        JsonPath json = recommendations(Map.of("drug", "Ebglyss"));
        assertThat(json.getList("data.recommendations.guideline", String.class))
                .containsExactly("AAD_2025_FOCUSED_UPDATE", "EUROGUIDERM_2025");
        assertThat(json.getList("data.recommendations.intervention.code", String.class)).containsOnly("lebrikizumab");
    }

    @Test
    void whatDoesTheAad2023SayAboutSystemicCorticosteroids() {
        // AAD 2023 systemic guideline (Davis et al.): "we conditionally recommend against systemic corticosteroids" (low certainty).
        JsonPath json = recommendations(Map.of("guideline", "AAD_2023_SYSTEMIC", "direction", "AGAINST"));
        assertThat(json.getList("data.recommendations")).hasSize(1);
        assertThat(json.getString("data.recommendations[0].strength")).isEqualTo("CONDITIONAL");
        assertThat(json.getString("data.recommendations[0].certainty")).isEqualTo("LOW");
        assertThat(json.getString("data.recommendations[0].intervention.kind")).isEqualTo("DRUG_CLASS");
        assertThat(json.getString("data.recommendations[0].intervention.drugClass.name")).isEqualTo("systemic corticosteroids");
        assertThat(json.getString("data.recommendations[0].intervention.drug")).isNull();
    }

    @Test
    void aNameOfNoDrugOrInterventionIsNotFoundNotAnEmptyAnswer() {
        // a typo read as "no recommendation" would mislead
        for (String query : List.of("{ recommendations(filter: {drug: \"dupilumub\"}) { statement } }",
                "{ recommendations(filter: {intervention: \"nbuvb-phototherapy\"}) { statement } }",
                "{ efficacyResults(filter: {drug: \"upadacitinibb\"}) { summary } }",
                "{ efficacyResults(filter: {intervention: \"no such thing\"}) { summary } }")) {
            GraphQL.post(query).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"))
                    .body("errors[0].message", org.hamcrest.Matchers.startsWith("No "));
        }
        assertThat(recommendations(Map.of("drug", "Dupixent", "intervention", "dupilumab")).getList("data.recommendations")).isNotEmpty();
    }

    @Test
    void theFiltersDescribedExamplesFindRecommendations() {
        // RecommendationFilterInput.intervention's description names these two; an example that finds nothing misleads
        for (String intervention : List.of("phototherapy", "topical corticosteroids")) {
            assertThat(recommendations(Map.of("intervention", intervention)).getList("data.recommendations")).as(intervention).isNotEmpty();
        }
    }

    @Test
    void phototherapyIsGradedAsATreatmentThatIsNotADrug() {
        // AAD 2023 systemic guideline (Davis et al.): "For adults with AD, we conditionally recommend phototherapy" (low certainty).
        JsonPath json = GraphQL.data("""
                { interventions(kind: PHOTOTHERAPY) { code kind drug { name } drugClass { name }
                    recommendations { guideline direction strength certainty } } }""");
        assertThat(json.getList("data.interventions.code", String.class)).containsExactly("phototherapy");
        assertThat(json.getString("data.interventions[0].drug")).isNull();
        assertThat(json.getString("data.interventions[0].drugClass")).isNull();
        assertThat(json.getList("data.interventions[0].recommendations")).hasSize(1);
        assertThat(json.getMap("data.interventions[0].recommendations[0]")).containsEntry("guideline", "AAD_2023_SYSTEMIC")
                .containsEntry("direction", "FOR").containsEntry("strength", "CONDITIONAL").containsEntry("certainty", "LOW");
    }

    @Test
    void whatDoesTheAad2023TopicalGuidelineAdviseAgainst() {
        // AAD guidelines of care, topical therapies (Sidbury et al., JAAD 2023-01-12): conditional recommendations against
        // topical antihistamines, topical antimicrobials and topical antiseptics.
        JsonPath json = recommendations(Map.of("guideline", "AAD_2023_TOPICAL", "direction", "AGAINST"));
        assertThat(json.getList("data.recommendations.intervention.code", String.class))
                .containsExactlyInAnyOrder("topical-antihistamines", "topical-antimicrobials", "topical-antiseptics");
        assertThat(json.getList("data.recommendations.intervention.kind", String.class)).containsOnly("OTHER");
        assertThat(json.getList("data.recommendations.strength", String.class)).containsOnly("CONDITIONAL");
    }

    @Test
    void aMediumPotencySteroidIsCoveredByItsClassRecommendations() {
        // AAD 2023 topical guideline (Sidbury et al.): strong recommendations for topical corticosteroids and for intermittent
        // medium-potency topical corticosteroids as maintenance; mometasone furoate is a medium-potency TCS.
        JsonPath json = GraphQL.data("""
                { drug(name: "mometasone") {
                    recommendations { guideline strength intervention { code kind } }
                    own: recommendations(includeClasses: false) { statement } } }""");
        assertThat(json.getList("data.drug.recommendations.intervention.code", String.class))
                .containsExactlyInAnyOrder("tcs", "tcs-medium-potency");
        assertThat(json.getList("data.drug.recommendations.intervention.kind", String.class)).containsOnly("DRUG_CLASS");
        assertThat(json.getList("data.drug.recommendations.strength", String.class)).containsOnly("STRONG");
        assertThat(json.getList("data.drug.own")).isEmpty();
    }

    @Test
    void anExplicitNullIncludeClassesMeansTheDefault() {
        // a client that sends every argument (generated code often does) passes null for "not said": that is the
        // default, as in the filter inputs, not a server error
        JsonPath json = GraphQL.data("""
                { drug(name: "mometasone") { nulled: recommendations(includeClasses: null) { intervention { code } } } }""");
        assertThat(json.getList("data.drug.nulled.intervention.code", String.class))
                .containsExactlyInAnyOrder("tcs", "tcs-medium-potency");
        JsonPath viaVariable = GraphQL.data("""
                query ($c: Boolean) { drug(name: "mometasone") { recommendations(includeClasses: $c) { intervention { code } } } }""",
                java.util.Collections.singletonMap("c", null));
        assertThat(viaVariable.getList("data.drug.recommendations.intervention.code", String.class)).hasSize(2);
    }

    @Test
    void whatDoGuidelinesSayAboutRinvoq() {
        // AAD 2023 systemic (Davis et al.): strong for upadacitinib; EuroGuiDerm 2025 living update (Wollenberg et al., JEADV
        // 2025-05-02): recommended for candidates for systemic therapy (curated unverified: wording not displayed).
        JsonPath json = recommendations(Map.of("drug", "Rinvoq"));
        assertThat(json.getList("data.recommendations.guideline", String.class))
                .containsExactly("AAD_2023_SYSTEMIC", "EUROGUIDERM_2025");
        // the strength EuroGuiDerm gives was not read (the abstract does not state it): null, not a guess
        assertThat(json.getList("data.recommendations.strength", String.class)).containsExactly("STRONG", null);
        assertThat(json.getList("data.recommendations.verified", Boolean.class)).containsExactly(true, false);
        assertThat(recommendations(Map.of("guideline", "EUROGUIDERM_2025", "strength", "STRONG")).getList("data.recommendations"))
                .as("no unread strength is returned as STRONG").isEmpty();
        assertThat(json.getString("data.recommendations[0].statement")).contains("we recommend upadacitinib");
    }

    @Test
    void whichDrugsDoesTheAad2023TopicalGuidelineStronglyRecommendDirectlyOrThroughTheirClass() {
        // AAD 2023 topical guideline (Sidbury et al.): strong recommendations for tacrolimus, pimecrolimus, crisaborole,
        // ruxolitinib cream and topical corticosteroids (the class: every TCS of the knowledge base).
        String query = """
                query($by: RecommendedByFilter!) { drugs(filter: {recommendedBy: $by}, first: 100) { nodes { name } } }""";
        List<String> withClasses = GraphQL.data(query, Map.of("by", Map.of("guideline", "AAD_2023_TOPICAL", "strength", "STRONG")))
                .getList("data.drugs.nodes.name", String.class);
        assertThat(withClasses).containsExactly("betamethasone dipropionate", "clobetasol propionate", "crisaborole", "hydrocortisone",
                "mometasone furoate", "pimecrolimus", "ruxolitinib", "tacrolimus", "triamcinolone acetonide");
        List<String> directly = GraphQL.data(query, Map.of("by",
                Map.of("guideline", "AAD_2023_TOPICAL", "strength", "STRONG", "includeClasses", false)))
                .getList("data.drugs.nodes.name", String.class);
        assertThat(directly).containsExactly("crisaborole", "pimecrolimus", "ruxolitinib", "tacrolimus");
    }
}
