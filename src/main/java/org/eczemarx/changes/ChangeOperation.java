package org.eczemarx.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What happened to a row. */
@Enum("ChangeOperation")
@Description("What happened to the row: added, changed (`before` and `after` both given) or removed.")
public enum ChangeOperation {
    @Description("The row was added: `after` holds it, `before` is empty.") ADDED,
    @Description("The row was changed: `before` and `after` hold it as it was and as it is.") CHANGED,
    @Description("The row was removed: `before` holds it, `after` is empty.") REMOVED
}
