package org.eczemarx.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;

/**
 * A real, typed client: SmallRye's typesafe GraphQL client writes its documents from these Java types, declaring
 * {@code [ID!]!} variables for {@code @Id @NonNull List<@NonNull String>} as Apollo or Relay codegen would.
 */
@QuarkusTest
class TypesafeClientTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    record Named(String name) {
    }

    record DrugClassRef(String name, Named parent) {
    }

    record TargetRef(String symbol, List<String> aliases) {
    }

    record DrugTargetRef(String action, TargetRef target) {
    }

    record ConditionRef(String code) {
    }

    record SourceRef(String title, String url) {
    }

    record ApprovalRef(String region, String status, Integer minimumAgeMonths, ConditionRef condition, SourceRef source) {
    }

    record Drug(String id, String name, List<String> routes, DrugClassRef drugClass, List<DrugTargetRef> targets,
            List<ApprovalRef> approvals) {
    }

    record NodeRef(String id) {
    }

    record LabTestRef(String code) {
    }

    record PlannedCheckRef(LabTestRef test, List<Named> drugs) {
    }

    record Plan(List<Named> drugs, List<PlannedCheckRef> baseline) {
    }

    @GraphQLClientApi
    interface EczemaRx {
        @Query("drug")
        Drug drug(@NonNull @Name("name") String name);

        @Query("nodes")
        List<NodeRef> nodes(@Id @NonNull @Name("ids") List<@NonNull String> ids);

        @Query("monitoringPlan")
        Plan monitoringPlan(@Id @NonNull @Name("drugIds") List<@NonNull String> drugIds);
    }

    private EczemaRx client() {
        return TypesafeGraphQLClientBuilder.newBuilder().endpoint(endpoint.toString()).build(EczemaRx.class);
    }

    @Test
    void fetchesNestedDrugDataInOneRoundTrip() {
        Drug rinvoq = client().drug("Rinvoq");
        assertThat(rinvoq.name()).isEqualTo("upadacitinib");
        assertThat(rinvoq.routes()).containsExactly("ORAL");
        assertThat(rinvoq.drugClass().name()).isEqualTo("oral JAK inhibitors");
        assertThat(rinvoq.drugClass().parent().name()).isEqualTo("JAK inhibitors");
        assertThat(rinvoq.targets()).extracting(t -> t.target().symbol()).contains("JAK1");
        assertThat(rinvoq.approvals()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.source().url()).startsWith("https://"))
                .anySatisfy(a -> assertThat(a.region() + " " + a.condition().code()).isEqualTo("US ATOPIC_DERMATITIS"));
    }

    @Test
    void nodesTakesTypedIdListVariables() {
        Drug dupilumab = client().drug("dupilumab");
        Drug tacrolimus = client().drug("tacrolimus");
        List<NodeRef> found = client().nodes(List.of(tacrolimus.id(), dupilumab.id()));
        assertThat(found).extracting(NodeRef::id).containsExactly(tacrolimus.id(), dupilumab.id());
    }

    @Test
    void monitoringPlanTakesTypedIdListVariables() {
        Plan plan = client().monitoringPlan(List.of(client().drug("Rinvoq").id(), client().drug("cyclosporine").id()));
        assertThat(plan.drugs()).extracting(Named::name).containsExactly("cyclosporine", "upadacitinib");
        assertThat(plan.baseline()).extracting(check -> check.test().code()).contains("TB_SCREENING");
    }

    @Test
    void errorsReachTheClientWithTheirCode() {
        assertThatThrownBy(() -> client().nodes(List.of("not-an-id")))
                .isInstanceOf(GraphQLClientException.class)
                .satisfies(e -> assertThat(((GraphQLClientException) e).getErrors())
                        .anySatisfy(error -> assertThat(error.getCode()).isEqualTo("BAD_USER_INPUT")));
    }
}
