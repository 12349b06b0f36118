package org.eczemarx.drug;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eczemarx.approval.Region;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A brand name of a drug in one region. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("A brand (trade) name of a drug in one region; names differ between regions (Adbry in the US, Adtralza in the EU).")
public class Brand {

    @Id
    @Ignore
    public Long id;
    @Ignore
    public Long drugId;
    public String name;
    @Enumerated(EnumType.STRING)
    public Region region;
    @Ignore
    public Long sourceId;

    public Long drugId() {
        return drugId;
    }

    public Long sourceId() {
        return sourceId;
    }

    @NonNull
    @Description("The brand name as marketed, e.g. \"Rinvoq\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("The region where it is marketed under this name.")
    public Region getRegion() {
        return region;
    }
}
