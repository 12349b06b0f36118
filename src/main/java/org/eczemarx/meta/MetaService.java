package org.eczemarx.meta;

import java.util.Map;

import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds {@link Meta} from configuration and the {@code data_version} row. */
@ApplicationScoped
public class MetaService {

    /** Version of the GraphQL contract; bump on any schema change. */
    public static final String API_VERSION = "1.0.0";

    private final Reads reads;
    private final ApiConfig config;

    MetaService(Reads reads, ApiConfig config) {
        this.reads = reads;
        this.config = config;
    }

    public Uni<Meta> meta() {
        return reads.isolated(() -> Hql.list(DataVersion.class, "from DataVersion", Map.of()))
                .map(rows -> rows.get(0))
                .map(data -> new Meta(API_VERSION, data.version(), data.reviewedOn(), data.notes(), config.disclaimer()));
    }
}
