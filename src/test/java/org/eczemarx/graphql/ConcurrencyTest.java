package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Aliases, several root fields and sibling nested lists resolve concurrently in one request; each must work, also
 * under concurrent requests (a shared context-bound session fails here with "Illegal pop()" / "Session is closed").
 */
@QuarkusTest
class ConcurrencyTest {

    private static final String WIDE = """
            {
              a: drug(name: "upadacitinib") { name targets { target { symbol } } approvals { status } monitoring { test { code } } }
              b: drug(name: "dupilumab") { name brands { name } adverseEffects { name } sources { title } }
              us: drugs(first: 5, filter: { region: US, approvalStatus: APPROVED }) { totalCount nodes { name routes } }
              eu: drugs(first: 5, filter: { region: EU, approvalStatus: APPROVED }) { totalCount nodes { name synonyms } }
              drugClasses { name children { name drugs { name } } }
              targets(first: 10) { totalCount nodes { symbol aliases pathways { code } drugs { action drug { name } } } }
              pathways { code targets { symbol } drugs { name } }
              labTests { code drugs { name } requirements { phase } }
              meta { dataVersion }
            }""";

    @Test
    void aliasesRootFieldsAndSiblingListsResolveTogether() {
        JsonPath json = GraphQL.data(WIDE);
        assertThat(json.getString("data.a.name")).isEqualTo("upadacitinib");
        assertThat(json.getString("data.b.name")).isEqualTo("dupilumab");
        assertThat(json.getInt("data.us.totalCount")).isPositive();
        assertThat(json.getInt("data.eu.totalCount")).isPositive();
        assertThat(json.getList("data.drugClasses")).isNotEmpty();
        assertThat(json.getList("data.pathways")).isNotEmpty();
    }

    @Test
    void aliasesWithDifferentArgumentsGetTheirOwnAnswers() {
        JsonPath json = GraphQL.data("""
                {
                  drug(name: "baricitinib") {
                    us: approvals(region: US, condition: ATOPIC_DERMATITIS) { region status }
                    eu: approvals(region: EU, condition: ATOPIC_DERMATITIS) { region status }
                    usBrands: brands(region: US) { region }
                    euBrands: brands(region: EU) { region }
                    base: monitoring(phase: BASELINE) { phase }
                    follow: monitoring(phase: FOLLOW_UP) { phase }
                  }
                }""");
        assertThat(json.getList("data.drug.us.region", String.class)).containsOnly("US");
        assertThat(json.getList("data.drug.eu.region", String.class)).containsOnly("EU");
        assertThat(json.getString("data.drug.us[0].status")).isEqualTo("NOT_APPROVED");
        assertThat(json.getString("data.drug.eu[0].status")).isEqualTo("APPROVED");
        assertThat(json.getList("data.drug.euBrands.region", String.class)).containsOnly("EU");
        assertThat(json.getList("data.drug.base.phase", String.class)).isNotEmpty().containsOnly("BASELINE");
        assertThat(json.getList("data.drug.follow.phase", String.class)).isNotEmpty().containsOnly("FOLLOW_UP");
    }

    @Test
    void concurrentRequestsAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                answers.add(pool.submit(() -> GraphQL.data(WIDE, Map.of())));
            }
            for (Future<JsonPath> answer : answers) {
                assertThat(answer.get().getString("data.a.name")).isEqualTo("upadacitinib");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
