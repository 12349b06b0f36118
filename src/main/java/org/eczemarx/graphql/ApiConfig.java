package org.eczemarx.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Application settings of the public API, under {@code eczemarx.*}. */
@ConfigMapping(prefix = "eczemarx")
public interface ApiConfig {

    /** Global IDs. */
    Ids ids();

    /** Connections. */
    Paging paging();

    /** Text shown in {@code meta.disclaimer}. */
    @WithDefault("EczemaRx describes medicines from their labels, guidelines and reviews; it does not give medical advice. Decisions about treatment belong to patients and their clinicians, who should check the current product information.")
    String disclaimer();

    interface Ids {
        /** Secret that makes global IDs opaque; changing it changes every ID, so keep it stable in production. */
        @WithDefault("eczemarx-default-id-secret")
        String secret();
    }

    interface Paging {
        /** Largest {@code first} a connection accepts. */
        @WithDefault("100")
        int maxPageSize();
    }
}
