package org.eczemarx.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One column of a row as the change log recorded it. */
@Description("One column of a row as the change log recorded it: its database name and its value as text (numbers and booleans as JSON; a list column such as `severity` as its comma-separated codes, \"MILD,MODERATE\"), null when empty.")
public record FactField(
        @NonNull @Description("Column name, e.g. `frequency`, `source_id`.") String name,
        @Description("The value as text; null when the column is empty.") String value) {
}
