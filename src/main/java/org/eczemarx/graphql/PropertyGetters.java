package org.eczemarx.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Plain getters for plain properties ({@code Drug.name}, {@code Approval.status} ...), through SmallRye GraphQL's
 * public {@link DataFetcherService} SPI: SmallRye asks every service, lowest priority first, for each property's
 * fetcher (Quarkus' own service has priority 1, so this one, at 0, is asked first).
 *
 * <p>SmallRye's property fetcher clones its per-request context for every property of every object returned
 * (selected fields as JSON, the path as a string): a list of 100 drugs with 10 properties built 1,000 contexts that
 * nothing reads. Our properties are getters or public fields of immutable rows. Where SmallRye would format or adapt
 * the value (a date or number with a format, adapters, maps), this service answers null and SmallRye's fetcher stays
 * ({@code EngineTest} checks that no field of ours needs it).
 */
@RegisterForReflection // loaded by SmallRye's ServiceLoader, also in a native image
public class PropertyGetters implements DataFetcherService {

    /** Scalars graphql-java serialises from the Java value as it is. */
    private static final Set<String> PLAIN_SCALARS = Set.of(String.class.getName(), Integer.class.getName(), "int",
            Boolean.class.getName(), "boolean", Double.class.getName(), "double");

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (!plain(field)) {
            return null;
        }
        try {
            Class<?> ownerClass = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = field.getMethodName() != null
                    ? lookup.unreflect(ownerClass.getMethod(field.getMethodName()))
                    : lookup.unreflectGetter(ownerClass.getField(field.getPropertyName()));
            return new Getter(handle.asType(MethodType.methodType(Object.class, Object.class)),
                    LocalDate.class.getName().equals(field.getReference().getClassName()));
        } catch (ReflectiveOperationException e) {
            return null; // not public: SmallRye's fetcher reads it
        }
    }

    /** True when SmallRye would hand the value to graphql-java as it is. */
    static boolean plain(Field field) {
        if (field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()) {
            return false;
        }
        Reference reference = field.getReference();
        if (reference.isAdaptingTo() || reference.isAdaptingWith()) {
            return false;
        }
        for (Wrapper level = field.getWrapper(); level != null; level = level.getWrapper()) {
            if (!level.isCollection()) {
                return false;
            }
        }
        return reference.getType() == ReferenceType.TYPE || reference.getType() == ReferenceType.INTERFACE
                || reference.getType() == ReferenceType.UNION || reference.getType() == ReferenceType.ENUM
                || reference.getType() == ReferenceType.SCALAR && (PLAIN_SCALARS.contains(reference.getClassName())
                        || LocalDate.class.getName().equals(reference.getClassName()));
    }

    /**
     * Calls the getter; a date is written as SmallRye writes one without a format, ISO 8601 ("2025-06-17"). A
     * {@link LightDataFetcher}: graphql-java then calls it with the source object alone, without building the field's
     * {@link DataFetchingEnvironment} (a third of the CPU of a wide answer went into building them).
     */
    private record Getter(MethodHandle handle, boolean date) implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {
        @Override
        public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
            if (source == null) {
                return null;
            }
            try {
                Object value = handle.invokeExact(source);
                return date && value != null ? value.toString() : value;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }
}
