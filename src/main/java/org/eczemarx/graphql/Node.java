package org.eczemarx.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/** Anything with a global, opaque, stable ID. */
@Description("Anything with a global, opaque, stable ID (Relay Global Object Identification).")
@Interface
public interface Node {

    @Id
    @NonNull
    @Description("Global, opaque, stable ID; pass it to `node` or `nodes`.")
    String getId();
}
