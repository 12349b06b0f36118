package org.eczemarx.meta;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/** API and data versions. */
@GraphQLApi
public class MetaGraphQLApi {

    private final MetaService service;

    MetaGraphQLApi(MetaService service) {
        this.service = service;
    }

    @Query("meta")
    @NonNull
    @Description("API version, data version, review date and the disclaimer.")
    public Uni<@NonNull Meta> meta() {
        return service.meta();
    }
}
