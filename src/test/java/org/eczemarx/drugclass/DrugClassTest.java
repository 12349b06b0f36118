package org.eczemarx.drugclass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DrugClassTest {

    @Test
    void rootsNestChildrenAndDrugsOfTheWholeSubtree() {
        JsonPath json = GraphQL.data("""
                { drugClasses { name parent { name } children { name parent { name } drugs { name } } drugs { name } } }""");
        assertThat(json.getList("data.drugClasses.name", String.class)).contains("JAK inhibitors", "biologics", "corticosteroids");
        assertThat(json.getList("data.drugClasses.parent", Object.class)).containsOnlyNulls();
        Map<String, Object> jak = json.getMap("data.drugClasses.find { it.name == 'JAK inhibitors' }");
        assertThat(jak).isNotNull();
        assertThat(json.getList("data.drugClasses.find { it.name == 'JAK inhibitors' }.drugs.name", String.class))
                .containsExactly("abrocitinib", "baricitinib", "delgocitinib", "ruxolitinib", "upadacitinib");
        assertThat(json.getList("data.drugClasses.find { it.name == 'JAK inhibitors' }.children.parent.name", String.class))
                .containsOnly("JAK inhibitors");
    }

    @Test
    void topicalCorticosteroidPotencyLadderIsOrdered() {
        JsonPath json = GraphQL.data("""
                { drugClass(name: "Topical Corticosteroids") { name children { name potencyRank drugs { name } } } }""");
        assertThat(json.getList("data.drugClass.children.potencyRank", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(json.getList("data.drugClass.children[0].drugs.name", String.class)).contains("clobetasol propionate");
        assertThat(json.getList("data.drugClass.children[3].drugs.name", String.class)).contains("hydrocortisone");
    }

    @Test
    void unknownClassIsNull() {
        GraphQL.post("{ drugClass(name: \"homeopathy\") { name } }").body("errors", nullValue()).body("data.drugClass", nullValue());
    }
}
