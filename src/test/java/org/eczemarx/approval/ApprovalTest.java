package org.eczemarx.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ApprovalTest {

    @Test
    void approvalsAreRowsPerRegionAndConditionWithSources() {
        JsonPath json = GraphQL.data("""
                {
                  drug(name: "dupilumab") {
                    approvals { region agency status year minimumAgeMonths severity condition { code name } source { title kind url date } }
                    pn: approvals(condition: PRURIGO_NODULARIS) { region condition { code } }
                  }
                }""");
        assertThat(json.getList("data.drug.approvals.region", String.class)).contains("US", "EU").isSorted();
        assertThat(json.getList("data.drug.pn.condition.code", String.class)).containsOnly("PRURIGO_NODULARIS");
        Map<String, Object> usAd = json.getMap("data.drug.approvals.find { it.region == 'US' && it.condition.code == 'ATOPIC_DERMATITIS' }");
        assertThat(usAd).containsEntry("status", "APPROVED").containsEntry("agency", "FDA").containsEntry("minimumAgeMonths", 6);
        assertThat(json.getList("data.drug.approvals.source.kind", String.class)).containsOnly("LABEL");
    }

    @Test
    void offLabelUseIsARowToo() {
        JsonPath json = GraphQL.data("""
                { drug(name: "methotrexate") { approvals(region: US, condition: ATOPIC_DERMATITIS) { status minimumAgeMonths source { kind } } } }""");
        assertThat(json.getString("data.drug.approvals[0].status")).isEqualTo("OFF_LABEL");
        assertThat((Object) json.get("data.drug.approvals[0].minimumAgeMonths")).isNull();
    }
}
