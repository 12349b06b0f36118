package org.eczemarx.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity served as a {@link Node}: its key column {@code id} and the global ID made from it. The key stays out of the
 * schema; clients see only the opaque {@code id}. A subclass names {@code Node} among its own interfaces too: SmallRye
 * GraphQL takes a type's interfaces from its class, not from its superclasses.
 */
@MappedSuperclass
@RegisterForReflection(fields = true, methods = true) // built from prefetched rows (prefetch/EntityColumns), also in a native image
public abstract class NodeEntity {

    @jakarta.persistence.Id
    @Column(name = "id")
    @Ignore
    public Long pk;

    public Long pk() {
        return pk;
    }

    /** Which kind of node this is: part of its global ID. */
    protected abstract NodeType nodeType();

    /** The schema describes this field as {@link Node#getId()} does: SmallRye takes the interface's description. */
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(nodeType(), pk);
    }
}
