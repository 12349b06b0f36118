package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.SqlStatements;
import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** No N+1: the number of SQL statements of a deeply nested query does not grow with the number of drugs returned. */
@QuarkusTest
class BatchingTest {

    private static final String NESTED = GraphQL.document("nested-drugs");
    private static final String NESTED_EVIDENCE = GraphQL.document("nested-evidence");

    /** {@code totalCount} costs a {@code count(*)}: read only when selected; pages and hasNextPage stay the same. */
    @ParameterizedTest
    @CsvSource({ "targets, symbol, 10", "drugs, name, 5" })
    void theTotalIsCountedOnlyWhenSelected(String connection, String field, int smallPage) {
        String withTotal = "query($first: Int) { %s(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { %s } } }"
                .formatted(connection, field);
        String withoutTotal = "query($first: Int) { %s(first: $first) { pageInfo { hasNextPage endCursor } nodes { %s } } }"
                .formatted(connection, field);
        int total = GraphQL.data(withTotal, Map.of("first", 1)).getInt("data." + connection + ".totalCount");
        assertThat(total).isGreaterThan(smallPage + 1);
        // A page boundary inside the list, the page before the last item, the exact end, and past it.
        for (int first : new int[] { smallPage, total - 1, total, 100 }) {
            int[] counted = new int[1];
            int[] uncounted = new int[1];
            JsonPath expected = SqlStatements.during(() -> GraphQL.data(withTotal, Map.of("first", first)), counted);
            JsonPath actual = SqlStatements.during(() -> GraphQL.data(withoutTotal, Map.of("first", first)), uncounted);
            String data = "data." + connection;
            assertThat(actual.getList(data + ".nodes." + field)).isEqualTo(expected.getList(data + ".nodes." + field));
            assertThat(actual.getBoolean(data + ".pageInfo.hasNextPage"))
                    .as("hasNextPage for first: %d of %d", first, total).isEqualTo(first < total);
            assertThat(actual.getString(data + ".pageInfo.endCursor")).isEqualTo(expected.getString(data + ".pageInfo.endCursor"));
            assertThat(uncounted[0]).as("statements without totalCount, first: %d", first).isEqualTo(counted[0] - 1);
        }
    }

    @Test
    void statementCountIsFlatFromOneDrugToAll() {
        int[] one = new int[1];
        int[] all = new int[1];
        JsonPath small = SqlStatements.during(() -> GraphQL.data(NESTED, Map.of("first", 1)), one);
        JsonPath large = SqlStatements.during(() -> GraphQL.data(NESTED, Map.of("first", 100)), all);

        assertThat(small.getList("data.drugs.nodes")).hasSize(1);
        int total = large.getInt("data.drugs.totalCount");
        assertThat(large.getList("data.drugs.nodes")).hasSize(total).hasSizeGreaterThan(20);
        assertThat(one[0]).as("statements for 1 drug").isPositive();
        assertThat(all[0]).as("statements for %d drugs vs 1 drug", total).isEqualTo(one[0]);
        System.out.printf("BatchingTest: %d SQL statements for 1 drug, %d for %d drugs%n", one[0], all[0], total);
    }

    @Test
    void statementCountIsFlatWhenTheDataGrows() {
        int[] before = new int[1];
        SqlStatements.during(() -> GraphQL.data(NESTED, Map.of("first", 100)), before);
        List<String> inserts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "zz-batching-test-drug-" + i;
            inserts.add("insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) "
                    + "select '" + name + "', id, 'SMALL_MOLECULE', 'test', date '2026-01-01' from drug_class where name = 'oral JAK inhibitors'");
            inserts.add("insert into drug_route (drug_id, route, source_id) select d.id, 'ORAL', s.id from drug d, source s where d.name = '" + name + "' and s.key = 'hgnc'");
            inserts.add("insert into drug_target (drug_id, target_id, action, source_id) select d.id, t.id, 'INHIBITOR', s.id from drug d, target t, source s where d.name = '" + name + "' and t.symbol = 'JAK1' and s.key = 'hgnc'");
            inserts.add("insert into approval (drug_id, region, agency, condition_id, status, source_id) select d.id, 'US', 'FDA', c.id, 'INVESTIGATIONAL', s.id from drug d, condition c, source s where d.name = '" + name + "' and c.code = 'ATOPIC_DERMATITIS' and s.key = 'hgnc'");
            inserts.add("insert into monitoring_requirement (drug_id, lab_test_id, phase, rationale, source_id) select d.id, l.id, 'BASELINE', 'test', s.id from drug d, lab_test l, source s where d.name = '" + name + "' and l.code = 'CBC' and s.key = 'hgnc'");
        }
        TestDatabase.execute(inserts.toArray(String[]::new));
        try {
            int[] after = new int[1];
            JsonPath grown = SqlStatements.during(() -> GraphQL.data(NESTED, Map.of("first", 100)), after);
            assertThat(grown.getList("data.drugs.nodes").size()).isGreaterThan(60);
            assertThat(after[0]).as("statements after adding 40 drugs").isEqualTo(before[0]);
            System.out.printf("BatchingTest: %d SQL statements for %d drugs, %d after growing to %d drugs%n",
                    before[0], grown.getList("data.drugs.nodes").size() - 40, after[0], grown.getList("data.drugs.nodes").size());
        } finally {
            TestDatabase.execute(
                    "delete from monitoring_requirement where drug_id in (select id from drug where name like 'zz-batching-test-%')",
                    "delete from approval where drug_id in (select id from drug where name like 'zz-batching-test-%')",
                    "delete from drug_target where drug_id in (select id from drug where name like 'zz-batching-test-%')",
                    "delete from drug_route where drug_id in (select id from drug where name like 'zz-batching-test-%')",
                    "delete from drug where name like 'zz-batching-test-%'");
        }
    }

    @Test
    void evidenceAndSafetyInUseQueryOverEveryDrugAnswers() {
        JsonPath all = GraphQL.data(NESTED_EVIDENCE, Map.of("first", 100, "text", ""));
        assertThat(all.getList("data.drugs.nodes")).hasSize(all.getInt("data.drugs.totalCount")).hasSizeGreaterThan(20);
    }

    @Test
    void evidenceAndSafetyInUseStatementCountIsFlatFromOneDrugToForty() {
        // Test drugs that all have every kind of row, so that one drug resolves every nested field as forty do.
        List<String> inserts = new ArrayList<>();
        String source = "(select id from source where key = 'hgnc')";
        String condition = "(select id from condition where code = 'ATOPIC_DERMATITIS')";
        for (int i = 0; i < 40; i++) {
            String name = "zz-batching-evidence-drug-" + i;
            String drug = "(select id from drug where name = '" + name + "')";
            inserts.add("insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) "
                    + "select '" + name + "', id, 'SMALL_MOLECULE', 'test', date '2026-01-01' from drug_class where name = 'oral JAK inhibitors'");
            inserts.add("insert into intervention (code, name, kind, drug_id, description) values ('" + name + "', '" + name
                    + "', 'DRUG', " + drug + ", 'test')");
            inserts.add("insert into guideline_recommendation (intervention_id, guideline, direction, strength, certainty, population, "
                    + "age_group, statement, source_id) values ((select id from intervention where code = '" + name + "'), "
                    + "'EUROGUIDERM_2025', 'FOR', 'STRONG', 'HIGH', 'test', 'ADULTS', 'test', " + source + ")");
            inserts.add("insert into efficacy_result (intervention_id, outcome, time_point, comparator, ranking_group, summary, source_id) "
                    + "values ((select id from intervention where code = '" + name + "'), 'EASI_75', 'SHORT_TERM', 'placebo', "
                    + "'INTERMEDIATE', 'test', " + source + ")");
            inserts.add("insert into approval (drug_id, region, agency, condition_id, status, line_of_therapy, source_id) values ("
                    + drug + ", 'US', 'FDA', " + condition + ", 'INVESTIGATIONAL', 'SECOND_LINE', " + source + ")");
            inserts.add("insert into dosing_regimen (drug_id, region, condition_id, population, dose, frequency, source_id) values ("
                    + drug + ", 'EU', " + condition + ", 'adults', '1 mg', 'once daily', " + source + ")");
            inserts.add("insert into dose_adjustment (drug_id, region, circumstance, adjustment, source_id) values ("
                    + drug + ", 'EU', 'OTHER', 'test', " + source + ")");
            inserts.add("insert into use_limit (drug_id, region, kind, value, unit, description, source_id) values ("
                    + drug + ", 'EU', 'MAX_DURATION', 2, 'WEEKS', 'test', " + source + ")");
            inserts.add("insert into contraindication (drug_id, region, population, severity, description, source_id) values ("
                    + drug + ", 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'test', " + source + ")");
            inserts.add("insert into reproductive_safety (drug_id, region, topic, guidance, text, source_id) values ("
                    + drug + ", 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'test', " + source + ")");
            inserts.add("insert into vaccination_advice (drug_id, region, kind, text, source_id) values ("
                    + drug + ", 'EU', 'AVOID_LIVE_VACCINES', 'test', " + source + ")");
            inserts.add("insert into drug_interaction (drug_id, region, interacting, interacting_drug_id, effect, management, text, source_id) "
                    + "values (" + drug + ", 'EU', 'upadacitinib', (select id from drug where name = 'upadacitinib'), 'test', 'AVOID', 'test', "
                    + source + ")");
            inserts.add("insert into risk_program (drug_id, region, kind, name, description, source_id) values ("
                    + drug + ", 'EU', 'PATIENT_CARD', 'test', 'test', " + source + ")");
        }
        TestDatabase.execute(inserts.toArray(String[]::new));
        try {
            int[] one = new int[1];
            int[] forty = new int[1];
            Map<String, Object> first = Map.of("first", 1, "text", "zz-batching-evidence");
            JsonPath small = SqlStatements.during(() -> GraphQL.data(NESTED_EVIDENCE, first), one);
            JsonPath large = SqlStatements.during(() -> GraphQL.data(NESTED_EVIDENCE, Map.of("first", 100, "text", "zz-batching-evidence")), forty);
            assertThat(small.getList("data.drugs.nodes")).hasSize(1);
            assertThat(large.getList("data.drugs.nodes")).hasSize(40);
            assertThat(large.getList("data.drugs.nodes.recommendations.intervention.code").toString()).contains("zz-batching-evidence-drug-7");
            assertThat(large.getList("data.drugs.nodes.interactions.interactingDrug.name").toString()).contains("upadacitinib");
            assertThat(one[0]).as("statements for 1 drug").isPositive();
            assertThat(forty[0]).as("statements for 40 drugs with every kind of evidence row vs 1").isEqualTo(one[0]);
            System.out.printf("BatchingTest (evidence): %d SQL statements for 1 drug, %d for 40 drugs%n", one[0], forty[0]);
        } finally {
            String test = "(select id from drug where name like 'zz-batching-evidence-%')";
            TestDatabase.execute(
                    "delete from guideline_recommendation where intervention_id in (select id from intervention where drug_id in " + test + ")",
                    "delete from efficacy_result where intervention_id in (select id from intervention where drug_id in " + test + ")",
                    "delete from intervention where drug_id in " + test,
                    "delete from approval where drug_id in " + test,
                    "delete from dosing_regimen where drug_id in " + test,
                    "delete from dose_adjustment where drug_id in " + test,
                    "delete from use_limit where drug_id in " + test,
                    "delete from contraindication where drug_id in " + test,
                    "delete from reproductive_safety where drug_id in " + test,
                    "delete from vaccination_advice where drug_id in " + test,
                    "delete from drug_interaction where drug_id in " + test,
                    "delete from risk_program where drug_id in " + test,
                    "delete from drug where name like 'zz-batching-evidence-%'");
        }
    }
}
