package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The schema SmallRye builds carries our fetchers on every field, through its public SPIs ({@link Resolvers},
 * {@link PropertyGetters}): if an upgrade of SmallRye stopped announcing operations or asking the data fetcher
 * services, fields would silently go back to SmallRye's per-field machinery (which {@link Engine} does not set up),
 * and this test says so.
 */
@QuarkusTest
class EngineTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void everyFieldOfOurTypesIsServedByOurFetchers() {
        List<String> others = new ArrayList<>();
        int fields = 0;
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast)
                .filter(t -> !t.getName().startsWith("__")).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(type, field);
                fields++;
                if (!fetcher.getClass().getName().startsWith(Resolvers.class.getName())
                        && !fetcher.getClass().getName().startsWith(PropertyGetters.class.getName())) {
                    others.add(type.getName() + "." + field.getName() + ": " + fetcher.getClass().getName());
                }
            }
        }
        assertThat(others).as("fields served by another fetcher").isEmpty();
        assertThat(fields).isGreaterThan(250);
    }

    @Test
    void batchedRelationsAreDataLoadersAndOtherResolversDirectCalls() {
        assertThat(fetcher("Target", "drugs")).isInstanceOf(Resolvers.Batched.class);
        assertThat(fetcher("Drug", "monitoring")).isInstanceOf(Resolvers.Direct.class);
        assertThat(fetcher("Query", "drug")).isInstanceOf(Resolvers.Direct.class);
    }

    /** SmallRye 2.17 reads the default field visibility as a one-pattern block list; Resolvers puts graphql-java's back. */
    @Test
    void fieldVisibilityIsGraphqlJavasDefault() {
        assertThat(schema.getCodeRegistry().getFieldVisibility()).isSameAs(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
    }

    /** The reproducer of the workaround above: fails once SmallRye reads "default" as no block list (delete the workaround). */
    @Test
    void smallRyeStillMakesABlockListOfTheDefaultFieldVisibility() {
        assertThat(Resolvers.visibilitySetBySmallRye)
                .as("SmallRye no longer blocks by the pattern \"default\": delete the field-visibility workaround in Resolvers")
                .isInstanceOf(BlockedFields.class);
    }

    private DataFetcher<?> fetcher(String type, String field) {
        GraphQLObjectType object = schema.getObjectType(type);
        return schema.getCodeRegistry().getDataFetcher(object, object.getFieldDefinition(field));
    }
}
