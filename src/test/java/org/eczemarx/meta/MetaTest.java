package org.eczemarx.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.eczemarx.support.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class MetaTest {

    @Test
    void metaNamesTheCurationAndDisclaimsAdvice() {
        JsonPath json = GraphQL.data("{ meta { apiVersion dataVersion dataReviewedOn dataNotes disclaimer } }");
        assertThat(json.getString("data.meta.apiVersion")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(json.getString("data.meta.dataVersion")).isNotBlank();
        assertThat(json.getString("data.meta.dataReviewedOn")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.getString("data.meta.disclaimer")).containsIgnoringCase("not").containsIgnoringCase("advice");
    }
}
