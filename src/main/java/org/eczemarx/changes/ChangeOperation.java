package org.eczemarx.changes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** What happened to a row. */
@Enum("ChangeOperation")
@Description("What happened to the row: added, changed (`before` and `after` both given) or removed.")
public enum ChangeOperation {
    ADDED, CHANGED, REMOVED
}
