package org.eczemarx.graphql;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands the configured ID secret to {@link GlobalId} at start. */
@Startup
@ApplicationScoped
public class IdSecretInitializer {

    IdSecretInitializer(ApiConfig config) {
        GlobalId.useSecret(config.ids().secret());
    }
}
