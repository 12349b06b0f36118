package org.eczemarx.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Batching for fields that take arguments ({@code brands(region)}, {@code approvals(region, condition)} ...).
 *
 * <p>SmallRye's {@code @Source List<...>} batching keys its loader by field only and applies the arguments of the
 * first caller to the whole batch, so two aliases with different arguments would get the same answer. Here the
 * loader's name includes the arguments: every distinct argument set is one batch, one SQL statement, per level of
 * the query. Loaders live in the request's own registry and are dispatched by graphql-java with the others.
 */
@ApplicationScoped
public class FieldLoaders {

    /**
     * Loads the value for {@code key}, batched with every other load of the same {@code batchName} in this request.
     *
     * @param batchName the field and its argument values, e.g. {@code "Drug.brands|US"}
     * @param batch     loads the values of many keys, in key order
     */
    public <K, V> Uni<V> load(String batchName, K key, Function<List<K>, Uni<List<V>>> batch) {
        DataFetchingEnvironment environment = Resolvers.current();
        if (environment == null) {
            throw new IllegalStateException("FieldLoaders.load is called by a resolver, while Resolvers calls it");
        }
        DataLoader<K, V> loader = environment.getDataLoaderRegistry().computeIfAbsent(batchName,
                name -> DataLoaderFactory.<K, V> newDataLoader(keys -> batch.apply(keys).subscribeAsCompletionStage()));
        CompletableFuture<V> value = loader.load(key);
        return Uni.createFrom().completionStage(value);
    }
}
