package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.eczemarx.support.SqlStatements;
import org.eczemarx.support.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** No N+1: the number of SQL statements of a deeply nested query does not grow with the number of drugs returned. */
@QuarkusTest
class BatchingTest {

    private static final String NESTED = GraphQL.document("nested-drugs");

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
}
