package org.eczemarx.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information. */
@Description("Where a page sits in its connection (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more items follow this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null for an empty page.") String startCursor,
        @Description("Cursor of the last item of this page; pass it as `after` for the next page.") String endCursor) {

    public static PageInfo of(PageRequest page, int returned, long total) {
        return new PageInfo(
                page.offset() + returned < total,
                page.offset() > 0,
                returned == 0 ? null : page.cursorAt(page.offset()),
                returned == 0 ? null : page.cursorAt(page.offset() + returned - 1));
    }
}
