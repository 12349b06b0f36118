package org.eczemarx.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.jboss.logging.Logger;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.TrivialDataFetcher;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.transformation.Transformer;

/**
 * Plain getters for plain properties ({@code Drug.name}, {@code Approval.status} ...).
 *
 * <p>SmallRye's {@link FieldDataFetcher} clones its per-request context for every property of every object it returns
 * (selected fields as JSON, the path as a string), so a list of 100 drugs with 10 properties builds 1,000 contexts
 * that nothing reads: our properties are getters of immutable rows. Where SmallRye would not transform or adapt the
 * value either (no date or number formatting, no adapters, no maps), {@link SchemaFetchers} puts a direct getter
 * call in its place before the schema is built. Fields that need SmallRye's transformations, and every {@code @Source}
 * resolver, keep SmallRye's fetchers.
 */
@RegisterForReflection(targets = FieldDataFetcher.class, fields = true, methods = true)
final class PlainPropertyFetchers {

    private static final Logger LOG = Logger.getLogger(PlainPropertyFetchers.class);

    private PlainPropertyFetchers() {
    }

    /** A direct getter for a SmallRye property fetcher that would neither transform nor adapt, else null. */
    static DataFetcher<?> getterFor(DataFetcher<?> fetcher) {
        if (fetcher == null || fetcher.getClass() != FieldDataFetcher.class) {
            return null;
        }
        try {
            io.smallrye.graphql.schema.model.Field field = SchemaFetchers.read(fetcher, "field", io.smallrye.graphql.schema.model.Field.class);
            Reference owner = SchemaFetchers.read(fetcher, "owner", Reference.class);
            if (!plain(field)) {
                return null;
            }
            Class<?> ownerClass = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = field.getMethodName() != null
                    ? lookup.unreflect(ownerClass.getMethod(field.getMethodName()))
                    : lookup.unreflectGetter(ownerClass.getField(field.getPropertyName()));
            return new Getter(handle.asType(MethodType.methodType(Object.class, Object.class)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("Keeping SmallRye's fetcher: %s", e.toString());
            return null;
        }
    }

    private static boolean plain(io.smallrye.graphql.schema.model.Field field) {
        if (field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()) {
            return false;
        }
        Reference reference = field.getReference();
        if (reference.isAdaptingTo() || reference.isAdaptingWith()) {
            return false;
        }
        Wrapper wrapper = field.getWrapper();
        for (Wrapper level = wrapper; level != null; level = level.getWrapper()) {
            if (!level.isCollectionOrArrayOrMap() || level.isMap() || level.isArray()) {
                return false;
            }
        }
        return Transformer.transformer(field) == null;
    }


    /** Calls the getter; nothing else. */
    private record Getter(MethodHandle handle) implements DataFetcher<Object>, TrivialDataFetcher<Object> {
        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            try {
                return handle.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
