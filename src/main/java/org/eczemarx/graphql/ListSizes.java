package org.eczemarx.graphql;

import java.util.Map;

/**
 * What a concept registers so that the cost estimate ({@link QueryLimits}) counts each of its list fields without
 * {@code first} as long as its longest list in the database, not as an assumed size: a chain of such fields
 * ({@code labTests { requirements { drug { monitoring { test { requirements ... } } } } }}) multiplies their real
 * lengths, and only real lengths refuse it before it runs. {@link ListBounds} finds every bean that implements this.
 */
public interface ListSizes {

    /**
     * For each list field this concept serves, by GraphQL coordinates ({@code "LabTest.requirements"}), SQL of one
     * number: the most items the field returns for one parent object (for a field of {@code Query}, in all); no row
     * counts as 0. A field given {@code first} counts the smaller of its {@code first} and this.
     */
    Map<String, String> largestLists();
}
