package org.eczemarx.prefetch;

import java.util.HashMap;
import java.util.Map;

import org.eczemarx.graphql.ListSizes;
import org.eczemarx.persistence.Relation;

/**
 * What a concept package registers (a bean of it implements this): the relation fields it serves, each with the
 * declaration its batched resolver reads, so that a prefetch reads the same SQL with the parents. A field a prefetch
 * may read this way is registered once, by the package that serves it. Its relations' longest lists are read from their
 * declarations for the cost estimate ({@link #largestLists}: a service adds its other list fields to them).
 */
public interface RelationFields extends ListSizes {

    /** The relations by the GraphQL coordinates of their field ({@code "Drug.brands"}). */
    Map<String, Relation<?, ?>> relationFields();

    @Override
    default Map<String, String> largestLists() {
        Map<String, String> largest = new HashMap<>();
        relationFields().forEach((field, relation) -> {
            if (relation.kind() != Relation.Kind.ONE) {
                largest.put(field, relation.mostPerParent());
            }
        });
        return largest;
    }
}
