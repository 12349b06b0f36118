package org.eczemarx.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.eczemarx.prefetch.Prefetched;
import org.jboss.logging.Logger;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.UniDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.smallrye.graphql.transformation.Transformer;
import io.smallrye.mutiny.Uni;

/**
 * Calls our resolvers directly: every {@code Uni} resolver ({@code drug(name)}, {@code Drug.monitoring(phase)} ...) and
 * every batched {@code @Source List} resolver ({@code Target.drugs}, {@code MonitoringRequirement.test} ...).
 *
 * <p>For each field it resolves, SmallRye 2.17 (with Quarkus' variant of its {@code Uni} fetcher) builds a per-field
 * context (the selected fields as JSON, the path as a string), fires events, reactivates the CDI request context and
 * wraps the call in {@code Uni} stages. A query of 35 targets with their drugs and monitoring resolves about 340
 * batched fields, so that machinery cost more CPU than the database reads themselves. Nothing here reads SmallRye's
 * per-field context, and no resolver uses a request-scoped bean, so {@link SchemaFetchers} replaces those fetchers
 * before the schema is built:
 * <ul>
 * <li>a batched field asks a {@link DataLoader} of its own in the request's registry, whose batch function calls the resolver
 * once per level with every parent, as SmallRye's would (one SQL statement per relation and level);</li>
 * <li>a {@code Uni} resolver gets its arguments converted by SmallRye's own {@link ArgumentHelper} (input objects,
 * enums, defaults, the same errors for bad values) and is called on the fetching thread; {@link FieldLoaders} finds
 * the field's environment in {@link #current()}.</li>
 * </ul>
 * Both stop at once when the request's execution deadline ({@link ExecutionDeadline#KEY}) has passed. Results that
 * SmallRye would transform or adapt (formatted numbers and dates, adapters, maps) keep SmallRye's fetchers, as do
 * resolvers that do not return a {@code Uni}.
 */
@RegisterForReflection(targets = { BatchDataFetcher.class, UniDataFetcher.class },
        classNames = "io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher", fields = true, methods = true)
public final class DirectResolvers {

    private static final Logger LOG = Logger.getLogger(DirectResolvers.class);
    private static final ThreadLocal<DataFetchingEnvironment> CURRENT = new ThreadLocal<>();
    /** The batched operations replaced here, by {@link #key}. */
    private static final Set<String> REPLACED_BATCHES = ConcurrentHashMap.newKeySet();
    /** SmallRye's fetcher of {@code Uni} resolvers, and Quarkus' (which also reactivates the CDI request context). */
    private static final Set<String> UNI_FETCHERS = Set.of(UniDataFetcher.class.getName(),
            "io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher");

    private DirectResolvers() {
    }

    /**
     * Takes the batched operations replaced here out of SmallRye's schema model, once the schema is built: for every
     * request, SmallRye's {@link ExecutionService} builds a data loader (a fetcher, a method lookup by reflection) for
     * each batched operation of the model, about 40, that nothing here would use, and graphql-java dispatches each of
     * them at every level: a tenth of the CPU of a {@code drug(name)} request. One stays: without any, SmallRye gives
     * graphql-java no data loader registry, and the loaders of {@link Batched} and {@link FieldLoaders} need one.
     */
    public static void dropReplacedBatchLoaders(ExecutionService execution) {
        try {
            Schema model = SchemaFetchers.read(execution, "schema", Schema.class);
            boolean kept = false;
            int dropped = 0;
            for (Type type : model.getTypes().values()) {
                if (!type.hasBatchOperations()) {
                    continue;
                }
                var operations = type.getBatchOperations().values().iterator();
                while (operations.hasNext()) {
                    if (!REPLACED_BATCHES.contains(key(operations.next()))) {
                        kept = true;
                    } else if (!kept) {
                        kept = true; // the one that stays
                    } else {
                        operations.remove();
                        dropped++;
                    }
                }
            }
            LOG.debugf("%d of SmallRye's per-request data loaders dropped", dropped);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("SmallRye's per-request data loaders kept: %s", e.toString());
        }
    }

    private static String key(Operation operation) {
        return operation.getClassName() + "#" + operation.getMethodName() + "#" + operation.getName();
    }

    /** The environment of the field whose resolver is running on this thread, or null. */
    public static DataFetchingEnvironment current() {
        return CURRENT.get();
    }

    /** A direct call of the resolver behind a SmallRye {@code Uni} or batch fetcher, else null. */
    static DataFetcher<?> replacementFor(DataFetcher<?> fetcher) {
        if (fetcher == null || (fetcher.getClass() != BatchDataFetcher.class && !UNI_FETCHERS.contains(fetcher.getClass().getName()))) {
            return null;
        }
        try {
            Operation operation = SchemaFetchers.read(fetcher, "operation", Operation.class);
            Class<?> owner = Class.forName(operation.getClassName(), false, Thread.currentThread().getContextClassLoader());
            Method method = uniqueMethod(owner, operation);
            if (method == null || !Uni.class.isAssignableFrom(method.getReturnType())) {
                return null;
            }
            MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
            Resolver resolver = new Resolver(owner, handle.asSpreader(Object[].class, method.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object.class, Object[].class)));
            if (fetcher.getClass() == BatchDataFetcher.class) {
                boolean onlySource = operation.getArguments().stream().allMatch(a -> a.isSourceArgument());
                if (!onlySource || method.getParameterCount() != 1) {
                    return null;
                }
                REPLACED_BATCHES.add(key(operation));
                return new Batched("direct:" + SchemaFetchers.read(fetcher, "batchLoaderName", String.class), resolver);
            }
            return untransformed(operation) ? new Direct(new ArgumentHelper(operation.getArguments()), resolver) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Keeping SmallRye's fetcher: %s", e.toString());
            return null;
        }
    }

    /** The public method the operation names, when exactly one has its name and number of parameters. */
    private static Method uniqueMethod(Class<?> owner, Operation operation) {
        int parameters = operation.getArguments().size();
        List<Method> candidates = Arrays.stream(owner.getMethods())
                .filter(m -> m.getName().equals(operation.getMethodName()) && m.getParameterCount() == parameters)
                .toList();
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** True when SmallRye would hand the resolver's result to graphql-java as it is. */
    private static boolean untransformed(Operation operation) {
        if (operation.hasTransformation() || operation.isAdaptingTo() || operation.isAdaptingWith()) {
            return false;
        }
        Reference reference = operation.getReference();
        if (reference.isAdaptingTo() || reference.isAdaptingWith()) {
            return false;
        }
        for (Wrapper level = operation.getWrapper(); level != null; level = level.getWrapper()) {
            if (level.isMap() || level.isArray()) {
                return false;
            }
        }
        return Transformer.transformer(operation) == null;
    }

    /** A resolver method of a {@code @GraphQLApi} bean, called through a method handle. */
    private static final class Resolver {
        private final Class<?> beanClass;
        private final MethodHandle handle;
        private volatile Object bean;

        Resolver(Class<?> beanClass, MethodHandle handle) {
            this.beanClass = beanClass;
            this.handle = handle;
        }

        @SuppressWarnings("unchecked")
        <T> Uni<T> call(Object... arguments) {
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

    /** A {@code @Source List} resolver: one call per batch of parents, through the request's data loaders. */
    private record Batched(String loaderName, Resolver resolver) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) {
            ExecutionDeadline.check(environment);
            Object prefetched = Prefetched.find(environment);
            if (prefetched != Prefetched.ABSENT) {
                return prefetched;
            }
            DataLoader<Object, Object> loader = environment.getDataLoaderRegistry().computeIfAbsent(loaderName,
                    name -> DataLoaderFactory.newDataLoader(this::load));
            return loader.load(environment.getSource());
        }

        private CompletionStage<List<Object>> load(List<Object> parents) {
            return resolver.<List<Object>> call(parents).subscribeAsCompletionStage();
        }
    }

    /** A {@code Uni} resolver with arguments converted as SmallRye converts them. */
    private record Direct(ArgumentHelper arguments, Resolver resolver) implements DataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            ExecutionDeadline.check(environment);
            Object prefetched = Prefetched.find(environment);
            if (prefetched != Prefetched.ABSENT) {
                return prefetched;
            }
            Object[] values;
            try {
                values = arguments.getArguments(environment).toArray();
            } catch (AbstractDataFetcherException e) {
                DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult();
                e.appendDataFetcherResult(result, environment);
                return result.build();
            }
            CURRENT.set(environment);
            try {
                return resolver.call(values).subscribeAsCompletionStage();
            } finally {
                CURRENT.remove();
            }
        }
    }
}
