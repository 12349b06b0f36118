package org.eczemarx.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Eligibility and line of therapy as structured fields of approvals. */
@QuarkusTest
class EligibilityTest {

    @Test
    void whichDrugsAreApprovedInTheUsOnlyAfterOtherSystemicTherapies() {
        // FDA Rinvoq label 2026-05 and FDA Cibinqo label 2026-06, section 1: refractory moderate-to-severe atopic dermatitis not
        // adequately controlled with other systemic drug products, including biologics, or when those are inadvisable.
        JsonPath json = GraphQL.data("""
                { drugs(filter: {region: US, condition: ATOPIC_DERMATITIS, lineOfTherapy: AFTER_OTHER_SYSTEMIC_THERAPY}) {
                    nodes { name approvals(region: US, condition: ATOPIC_DERMATITIS) { lineOfTherapy indication } } } }""");
        assertThat(json.getList("data.drugs.nodes.name", String.class)).containsExactly("abrocitinib", "upadacitinib");
        assertThat(json.getString("data.drugs.nodes[1].approvals[0].indication"))
                .contains("not adequately controlled with other systemic drug products, including biologics");
    }

    @Test
    void fromWhatBodyWeightIsEbglyssApproved() {
        // FDA Ebglyss label 2025-10 section 1 and EMA Ebglyss SmPC section 4.1: adults and children 12 years and older weighing
        // at least 40 kg; the US label places it after topical therapies, the EU one for candidates for systemic therapy.
        JsonPath json = GraphQL.data("""
                { drug(name: "Ebglyss") { approvals(condition: ATOPIC_DERMATITIS) { region minimumWeightKg minimumAgeMonths lineOfTherapy } } }""");
        assertThat(json.getMap("data.drug.approvals.find { it.region == 'US' }")).containsEntry("minimumWeightKg", 40.0f)
                .containsEntry("minimumAgeMonths", 144).containsEntry("lineOfTherapy", "AFTER_TOPICAL_THERAPY");
        assertThat(json.getMap("data.drug.approvals.find { it.region == 'EU' }")).containsEntry("minimumWeightKg", 40.0f)
                .containsEntry("lineOfTherapy", "SYSTEMIC_CANDIDATE");
    }

    @Test
    void whatIsTheLabelledPlaceOfTopicalCalcineurinInhibitorsInTheUs() {
        // FDA Protopic and Elidel labels, section 1: second-line therapy for short-term and non-continuous chronic treatment.
        JsonPath json = GraphQL.data("""
                { drugs(filter: {region: US, lineOfTherapy: SECOND_LINE, drugClass: "topical calcineurin inhibitors"}) { nodes { name } } }""",
                Map.of());
        assertThat(json.getList("data.drugs.nodes.name", String.class)).containsExactly("pimecrolimus", "tacrolimus");
    }
}
