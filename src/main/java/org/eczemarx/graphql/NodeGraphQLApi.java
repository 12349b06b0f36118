package org.eczemarx.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eczemarx.error.ApiException;

import io.smallrye.mutiny.Uni;

/** Relay object identification: any node by its global ID. */
@GraphQLApi
public class NodeGraphQLApi {

    /** Enough for any client page; a larger list is a mistake or an abuse. */
    static final int MAX_NODES = 100;

    private final NodeLoader loader;

    NodeGraphQLApi(NodeLoader loader) {
        this.loader = loader;
    }

    @Query("node")
    @Description("Any object by its global ID; null when no such object exists. A malformed ID is BAD_USER_INPUT.")
    public Uni<Node> node(@NonNull @Id @Name("id") @Description("A global ID returned by this API.") String id) {
        return nodes(List.of(id)).map(found -> found.get(0));
    }

    @Query("nodes")
    @NonNull
    @Description("Objects by global ID, in the order of `ids`, with null for IDs that name no object (at most 100).")
    public Uni<List<Node>> nodes(@NonNull @Name("ids") @Description("Global IDs returned by this API.") @Id List<@NonNull String> ids) {
        return Uni.createFrom().deferred(() -> {
            if (ids.size() > MAX_NODES) {
                throw ApiException.badInput("`ids` may hold at most " + MAX_NODES + " IDs, got " + ids.size());
            }
            return loader.load(ids.stream().map(GlobalId::decode).toList());
        });
    }
}
