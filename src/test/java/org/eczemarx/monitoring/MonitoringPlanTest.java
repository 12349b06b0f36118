package org.eczemarx.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.eczemarx.graphql.GlobalId;
import org.eczemarx.graphql.NodeType;
import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class MonitoringPlanTest {

    private static final String PLAN = """
            query Plan($ids: [ID!]!) {
              monitoringPlan(drugIds: $ids) {
                drugs { name }
                drugsWithoutMonitoring { name }
                baseline { phase test { code } drugs { name } requirements { timing rationale drug { name } source { title } } }
                followUp { phase test { code } drugs { name } requirements { timing drug { name } } }
              }
            }""";

    private static String idOf(String name) {
        return GraphQL.data("query($n: String!) { drug(name: $n) { id } }", Map.of("n", name)).getString("data.drug.id");
    }

    @Test
    void planMergesTestsAcrossTheRegimenAndListsDrugsWithoutMonitoring() {
        String upadacitinib = idOf("upadacitinib");
        String cyclosporine = idOf("cyclosporine");
        String dupilumab = idOf("dupilumab");
        JsonPath json = GraphQL.data(PLAN, Map.of("ids", List.of(upadacitinib, cyclosporine, dupilumab, upadacitinib)));

        assertThat(json.getList("data.monitoringPlan.drugs.name", String.class))
                .containsExactly("cyclosporine", "dupilumab", "upadacitinib");
        assertThat(json.getList("data.monitoringPlan.drugsWithoutMonitoring.name", String.class)).containsExactly("dupilumab");
        List<String> baselineTests = json.getList("data.monitoringPlan.baseline.test.code", String.class);
        assertThat(baselineTests).doesNotHaveDuplicates().contains("TB_SCREENING");
        assertThat(json.getList("data.monitoringPlan.baseline.phase", String.class)).containsOnly("BASELINE");
        assertThat(json.getList("data.monitoringPlan.followUp.phase", String.class)).containsOnly("FOLLOW_UP");
        List<String> followUpTests = json.getList("data.monitoringPlan.followUp.test.code", String.class);
        assertThat(followUpTests).doesNotHaveDuplicates().contains("BLOOD_PRESSURE", "LIPID_PANEL");
        List<String> tbDrugs = json.getList(
                "data.monitoringPlan.baseline.find { it.test.code == 'TB_SCREENING' }.drugs.name", String.class);
        assertThat(tbDrugs).contains("upadacitinib").isSorted();
    }

    @Test
    void emptyRegimenIsBadUserInput() {
        GraphQL.post(PLAN, Map.of("ids", List.of())).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void idOfAnotherTypeIsBadUserInput() {
        String target = GraphQL.data("{ target(symbol: \"JAK1\") { id } }").getString("data.target.id");
        GraphQL.post(PLAN, Map.of("ids", List.of(target)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Target ID"));
    }

    @Test
    void unknownDrugIsNotFound() {
        GraphQL.post(PLAN, Map.of("ids", List.of(GlobalId.encode(NodeType.DRUG, 999_999L))))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    private static final String PLAN_BY_NAMES = """
            query PlanByNames($names: [String!]!) {
              monitoringPlan(drugNames: $names) {
                drugs { name }
                baseline { test { code } drugs { name } }
              }
            }""";

    @Test
    void planTakesDrugNamesAsDrugResolvesThem() {
        // brand (Rinvoq), British INN spelling (ciclosporin), INN in capitals: one round trip, no IDs needed
        JsonPath json = GraphQL.data(PLAN_BY_NAMES, Map.of("names", List.of("Rinvoq", "ciclosporin", "DUPILUMAB", "upadacitinib")));
        assertThat(json.getList("data.monitoringPlan.drugs.name", String.class))
                .containsExactly("cyclosporine", "dupilumab", "upadacitinib");
        assertThat(json.getList("data.monitoringPlan.baseline.test.code", String.class)).contains("TB_SCREENING");
    }

    @Test
    void unknownDrugNameIsNotFoundAndNamesIt() {
        GraphQL.post(PLAN_BY_NAMES, Map.of("names", List.of("Rinvoq", "notadrug")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("'notadrug'"));
    }

    @Test
    void exactlyOneOfIdsOrNamesIsRequired() {
        GraphQL.post("{ monitoringPlan { drugs { name } } }", Map.of())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("query($i: [ID!]!) { monitoringPlan(drugIds: $i, drugNames: [\"Rinvoq\"]) { drugs { name } } }",
                Map.of("i", List.of(idOf("dupilumab"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("exactly one"));
    }
}
