package org.eczemarx.graphql;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.spi.EventingService;

/**
 * Swaps SmallRye's fetchers for direct ones before the schema is built: a hook loaded by SmallRye's {@code ServiceLoader}
 * that puts {@link DirectResolvers}' resolver calls and {@link PlainPropertyFetchers}' getters in place of SmallRye's
 * per-field machinery, in one pass over the schema (each pass builds the whole schema once more at start).
 */
@RegisterForReflection
public class SchemaFetchers implements EventingService {

    private static final Logger LOG = Logger.getLogger(SchemaFetchers.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    /**
     * The schema with each object field's fetcher replaced where {@link DirectResolvers} or {@link PlainPropertyFetchers}
     * has a replacement (elsewhere SmallRye's stays), and with graphql-java's default field visibility when
     * {@code quarkus.smallrye-graphql.field-visibility} is its default: SmallRye 2.17 reads that value, "default", as a
     * block list with one pattern, "default", so graphql-java matched a regular expression against every field it
     * resolved (5-8% of the CPU of a wide answer).
     */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        int[] resolvers = { 0 };
        int[] getters = { 0 };
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
                    DataFetcher<?> smallRye = registry.getDataFetcher(type, field);
                    DataFetcher<?> fetcher = DirectResolvers.replacementFor(smallRye);
                    if (fetcher != null) {
                        resolvers[0]++;
                    } else if ((fetcher = PlainPropertyFetchers.getterFor(smallRye)) != null) {
                        getters[0]++;
                    }
                    if (fetcher != null) {
                        codes.dataFetcher(FieldCoordinates.coordinates(type, field), fetcher);
                    }
                }
            }
        });
        LOG.debugf("%d resolvers called directly, %d properties served by plain getters", resolvers[0], getters[0]);
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
