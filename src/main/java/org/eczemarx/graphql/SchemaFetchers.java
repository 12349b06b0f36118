package org.eczemarx.graphql;

import java.util.function.UnaryOperator;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;

/** What the SmallRye hooks that swap fetchers ({@link PlainPropertyFetchers}, {@link DirectResolvers}) share. */
final class SchemaFetchers {

    private SchemaFetchers() {
    }

    /**
     * The schema with each object field's fetcher replaced where {@code replacement} returns one (null keeps SmallRye's),
     * and with graphql-java's default field visibility when {@code quarkus.smallrye-graphql.field-visibility} is its
     * default: SmallRye 2.17 reads that value, "default", as a block list with one pattern, "default", so graphql-java
     * matched a regular expression against every field it resolved (5-8% of the CPU of a wide answer).
     *
     * @param replaced receives the number of fetchers replaced
     */
    static GraphQLSchema.Builder replaced(GraphQLSchema.Builder builder, UnaryOperator<DataFetcher<?>> replacement, int[] replaced) {
        GraphQLSchema schema = builder.build();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        boolean defaultVisibility = "default".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default").trim());
        GraphQLCodeRegistry changed = registry.transform(codes -> {
            if (defaultVisibility) {
                codes.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    DataFetcher<?> fetcher = replacement.apply(registry.getDataFetcher(type, field));
                    if (fetcher != null) {
                        codes.dataFetcher(FieldCoordinates.coordinates(type, field), fetcher);
                        replaced[0]++;
                    }
                }
            }
        });
        return GraphQLSchema.newSchema(schema).codeRegistry(changed);
    }

    /** A private field of a SmallRye fetcher (declared on its class or a superclass). */
    static <T> T read(Object owner, String name, Class<T> type) throws ReflectiveOperationException {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                java.lang.reflect.Field declared = c.getDeclaredField(name);
                declared.setAccessible(true);
                return type.cast(declared.get(owner));
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }
}
