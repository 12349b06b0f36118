package org.eczemarx.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.mutiny.Uni;

/**
 * Calls our resolvers ({@code drug(name)}, {@code Drug.monitoring(phase)}, {@code Target.drugs} ...) as graphql-java
 * data fetchers, through SmallRye GraphQL's public {@link EventingService} SPI.
 *
 * <p>SmallRye builds the schema from the annotated API classes and announces each operation it builds
 * ({@link #createOperation}); just before the schema is built ({@link #beforeSchemaBuild}) every operation whose
 * resolver returns a {@code Uni} gets a fetcher of ours in graphql-java's public {@link GraphQLCodeRegistry}:
 * <ul>
 * <li>{@link Batched}: a {@code @Source List} resolver is the batch function of a {@link DataLoader} in the request's
 * registry, called once per level with every parent (one SQL statement per relation and level);</li>
 * <li>{@link Direct}: any other resolver, called with its arguments as graphql-java coerced them, converted by
 * {@link Arguments}; {@link #current()} gives it the field's environment.</li>
 * </ul>
 * SmallRye's own fetchers build a per-field context, fire events and reactivate the CDI request context for each
 * field; nothing here needs that (no resolver uses a request-scoped bean), and a list of 35 targets with their drugs
 * resolves about 340 batched fields. Both stop at once when the request's {@link ExecutionDeadline} has passed, and
 * both answer first with what a resolver above read ahead and handed down ({@link #handDown}, {@link FieldValues}).
 */
@RegisterForReflection // loaded by SmallRye's ServiceLoader, also in a native image
public class Resolvers implements EventingService {

    private static final Logger LOG = Logger.getLogger(Resolvers.class);
    private static final ThreadLocal<DataFetchingEnvironment> CURRENT = new ThreadLocal<>();
    /** What the running resolver hands down to the fields below its own ({@link #handDown}), or null. */
    private static final ThreadLocal<FieldValues> HANDED_DOWN = new ThreadLocal<>();
    /** The operations SmallRye built, by type and field name ("Query.drug", "Drug.monitoring"). */
    private static final Map<String, Operation> OPERATIONS = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    /** The environment of the field whose resolver is running on this thread, or null. */
    public static DataFetchingEnvironment current() {
        return CURRENT.get();
    }

    /**
     * Hands {@code values} down to the fields below the running resolver's: its fetcher returns them with its value as
     * graphql-java's local context, which the relation fields' fetchers look in first ({@link FieldValues#find}).
     */
    public static void handDown(FieldValues values) {
        if (CURRENT.get() == null) {
            throw new IllegalStateException("Resolvers.handDown is called by a resolver, while Resolvers calls it");
        }
        HANDED_DOWN.set(values);
    }

    @Override
    public Operation createOperation(Operation operation) {
        String type = operation.isSourceField() ? operation.getSourceFieldOn().getName() : rootType(operation.getOperationType());
        OPERATIONS.put(type + "." + operation.getName(), operation);
        return operation;
    }

    private static String rootType(OperationType type) {
        return switch (type) {
            case QUERY -> "Query";
            case MUTATION -> "Mutation";
            case SUBSCRIPTION -> "Subscription";
            default -> type.name();
        };
    }

    /**
     * The field visibility SmallRye set, before {@link #beforeSchemaBuild} put graphql-java's default back; read by
     * {@code EngineTest}, which fails when SmallRye stops making a block list of "default" (then delete the workaround).
     */
    static volatile GraphqlFieldVisibility visibilitySetBySmallRye;

    /**
     * The schema with our fetchers in place of SmallRye's for every {@code Uni} resolver, graphql-java's default field
     * visibility, and the custom scalars described ({@link CustomScalars}). SmallRye's builder is built once here to
     * read the types, once by the scalars' transformation, once by SmallRye: as two hooks, which took 0.25-0.37 s of a
     * start (JDK 25 with the AOT cache), these built it five times.
     *
     * <p>Workaround: SmallRye GraphQL 2.17's {@code Bootstrap.getGraphqlFieldVisibility()}
     * (server/implementation, io/smallrye/graphql/bootstrap/Bootstrap.java) turns any value of
     * {@code quarkus.smallrye-graphql.field-visibility} other than "no-introspection" into a {@code BlockedFields} list,
     * Quarkus' default value "default" included, so graphql-java matched a regular expression against every field it
     * resolved. No upstream issue was found (searched 2026-12-06); {@code EngineTest} is the reproducer.
     */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema schema = builder.build();
        visibilitySetBySmallRye = schema.getCodeRegistry().getFieldVisibility();
        boolean defaultVisibility = "default".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.field-visibility", String.class).orElse("default").trim());
        int[] replaced = { 0 };
        GraphQLSchema.Builder described = CustomScalars.describe(schema, codes -> {
            if (defaultVisibility) {
                codes.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    Operation operation = operationOf(type, field);
                    DataFetcher<?> fetcher = operation == null ? null : fetcherFor(type.getName() + "." + field.getName(), operation);
                    if (fetcher != null) {
                        codes.dataFetcher(FieldCoordinates.coordinates(type.getName(), field.getName()), fetcher);
                        replaced[0]++;
                    }
                }
            }
        });
        LOG.debugf("%d resolvers called directly", replaced[0]);
        return described;
    }

    /** The operation behind a field: declared on the type, or on an interface it implements. */
    private static Operation operationOf(GraphQLObjectType type, GraphQLFieldDefinition field) {
        Operation operation = OPERATIONS.get(type.getName() + "." + field.getName());
        for (int i = 0; operation == null && i < type.getInterfaces().size(); i++) {
            operation = OPERATIONS.get(((GraphQLNamedOutputType) type.getInterfaces().get(i)).getName() + "." + field.getName());
        }
        return operation;
    }

    /** Our fetcher for a resolver that returns a {@code Uni}; null keeps SmallRye's (no such resolver here today). */
    static DataFetcher<?> fetcherFor(String coordinates, Operation operation) {
        try {
            Class<?> owner = Class.forName(operation.getClassName(), false, Thread.currentThread().getContextClassLoader());
            int parameters = operation.getArguments().size();
            List<Method> candidates = Arrays.stream(owner.getMethods())
                    .filter(m -> m.getName().equals(operation.getMethodName()) && m.getParameterCount() == parameters)
                    .toList();
            if (candidates.size() != 1 || !Uni.class.isAssignableFrom(candidates.get(0).getReturnType())
                    || operation.hasTransformation() || operation.isAdaptingTo() || operation.isAdaptingWith()) {
                LOG.warnf("%s keeps SmallRye's fetcher", coordinates);
                return null;
            }
            Method method = candidates.get(0);
            Call call = new Call(owner, MethodHandles.publicLookup().unreflect(method)
                    .asSpreader(Object[].class, parameters)
                    .asType(MethodType.methodType(Object.class, Object.class, Object[].class)));
            boolean batch = parameters == 1 && operation.getArguments().get(0).isSourceArgument()
                    && List.class.isAssignableFrom(method.getParameterTypes()[0]);
            if (batch) {
                return new Batched(coordinates, call);
            }
            Type[] types = method.getGenericParameterTypes();
            String[] names = new String[parameters];
            for (int i = 0; i < parameters; i++) {
                names[i] = operation.getArguments().get(i).isSourceArgument() ? null : operation.getArguments().get(i).getName();
            }
            return new Direct(names, types, call);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The resolver of " + coordinates + " cannot be called: " + e, e);
        }
    }

    /** Fails the field when the request's deadline has passed; else the value read ahead, or {@link FieldValues#ABSENT}. */
    private static Object prefetchedAfterDeadlineCheck(DataFetchingEnvironment environment) {
        ExecutionDeadline.check(environment);
        return FieldValues.find(environment);
    }

    /** A public resolver method of a {@code @GraphQLApi} bean, called through a method handle. */
    private static final class Call {
        private final Class<?> beanClass;
        private final MethodHandle handle;
        private volatile Object bean;

        Call(Class<?> beanClass, MethodHandle handle) {
            this.beanClass = beanClass;
            this.handle = handle;
        }

        @SuppressWarnings("unchecked")
        <T> Uni<T> invoke(Object... arguments) {
            Object target = bean;
            if (target == null) {
                target = Arc.container().instance(beanClass).get();
                bean = target;
            }
            try {
                Object uni = handle.invokeExact(target, arguments);
                return (Uni<T>) uni;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** A {@code @Source List} resolver: the batch function of a data loader named after its field. */
    record Batched(String loaderName, Call call) implements DataFetcher<Object>, BatchLoaderWithContext<Object, Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) {
            Object prefetched = prefetchedAfterDeadlineCheck(environment);
            if (prefetched != FieldValues.ABSENT) {
                return prefetched;
            }
            DataLoader<Object, Object> loader = environment.getDataLoaderRegistry().computeIfAbsent(loaderName,
                    name -> DataLoaderFactory.newDataLoader(this));
            return loader.load(environment.getSource());
        }

        @Override
        public CompletionStage<List<Object>> load(List<Object> parents, BatchLoaderEnvironment environment) {
            try {
                return call.<List<Object>> invoke(parents).subscribeAsCompletionStage();
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    /** Any other resolver: its arguments (the source for {@code @Source}) converted to the method's types. */
    record Direct(String[] names, Type[] types, Call call) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) {
            Object prefetched = prefetchedAfterDeadlineCheck(environment);
            if (prefetched != FieldValues.ABSENT) {
                return prefetched;
            }
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                values[i] = names[i] == null ? environment.getSource()
                        : Arguments.convert(environment.getArgument(names[i]), types[i]);
            }
            Uni<Object> value;
            FieldValues handedDown;
            CURRENT.set(environment);
            try {
                value = call.invoke(values);
            } finally {
                CURRENT.remove();
                handedDown = HANDED_DOWN.get();
                if (handedDown != null) {
                    HANDED_DOWN.remove();
                }
            }
            if (handedDown != null) {
                value = value.map(data -> DataFetcherResult.newResult().data(data).localContext(handedDown).build());
            }
            return value.subscribeAsCompletionStage();
        }
    }
}
