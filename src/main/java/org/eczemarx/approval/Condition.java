package org.eczemarx.approval;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A condition approvals are recorded for. */
@Entity
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
@Description("A condition a regulator can approve a drug for.")
public class Condition {

    @Id
    @Column(name = "id")
    @Ignore
    public Long pk;
    @Enumerated(EnumType.STRING)
    public ConditionCode code;
    public String name;
    public String description;

    public Long pk() {
        return pk;
    }

    @NonNull
    @Description("Stable code of the condition.")
    public ConditionCode getCode() {
        return code;
    }

    @NonNull
    @Description("Name of the condition, e.g. \"atopic dermatitis\".")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What the condition is.")
    public String getDescription() {
        return description;
    }
}
