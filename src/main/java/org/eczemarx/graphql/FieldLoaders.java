package org.eczemarx.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Batching for fields that take arguments ({@code brands(region)}, {@code approvals(region, condition)} ...).
 *
 * <p>SmallRye's {@code @Source List<...>} batching keys its loader by field only and applies the arguments of the
 * first caller to the whole batch, so two aliases with different arguments would get the same answer. Here the
 * loader is named by the field being resolved and the argument values graphql-java coerced for it (all of them,
 * defaults included, read from the {@link DataFetchingEnvironment}, so no resolver can leave one out): every distinct
 * argument set is one batch, one SQL statement, per level of the query. Loaders live in the request's own registry and
 * are dispatched by graphql-java with the others.
 */
@ApplicationScoped
public class FieldLoaders {

    /**
     * Loads the value for {@code key}, batched with every other load of the same field and argument values in this
     * request.
     *
     * @param batch loads the values of many keys, in key order, with the arguments of the field being resolved
     */
    public <K, V> Uni<V> load(K key, Function<List<K>, Uni<List<V>>> batch) {
        DataFetchingEnvironment environment = Resolvers.current();
        if (environment == null) {
            throw new IllegalStateException("FieldLoaders.load is called by a resolver, while Resolvers calls it");
        }
        DataLoader<K, V> loader = environment.getDataLoaderRegistry().computeIfAbsent(batchName(environment),
                name -> DataLoaderFactory.<K, V> newDataLoader(keys -> batch.apply(keys).subscribeAsCompletionStage()));
        CompletableFuture<V> value = loader.load(key);
        return Uni.createFrom().completionStage(value);
    }

    /** The field and its coerced argument values, e.g. {@code Drug.brands{region=US}}. */
    static String batchName(DataFetchingEnvironment environment) {
        return ((GraphQLNamedType) environment.getParentType()).getName() + "." + environment.getFieldDefinition().getName()
                + environment.getArguments();
    }
}
