package org.eczemarx.graphql;

import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * What a concept registers so that {@code node(id)} and {@code nodes(ids)} find its objects: each concept's service
 * that owns a {@link NodeType} implements it, and {@link NodeLoader} finds them all as beans. So {@code graphql}
 * needs to know no concept.
 */
public interface NodeSource {

    /** The type of node this source loads. */
    NodeType nodeType();

    /** The objects with these keys, in key order, null where none has that key. */
    Uni<? extends List<? extends Node>> nodesByIds(List<Long> keys);
}
