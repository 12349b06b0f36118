package org.eczemarx.prefetch;

import java.util.Map;

import org.eczemarx.persistence.Relation;

/**
 * What a concept package registers (a bean of it implements this): the relation fields it serves, each with the
 * declaration its batched resolver reads, so that a prefetch reads the same SQL with the parents. A field a prefetch
 * may read this way is registered once, by the package that serves it.
 */
public interface RelationFields {

    /** The relations by the GraphQL coordinates of their field ({@code "Drug.brands"}). */
    Map<String, Relation<?, ?>> relationFields();
}
