package org.eczemarx.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.eczemarx.error.ApiException;

/**
 * A validated slice of a connection: {@code first} items after the opaque cursor {@code after}. Cursors encode a
 * position in the connection's deterministic order.
 */
public record PageRequest(int offset, int limit) {

    private static final String PREFIX = "erx-cursor:";

    public static PageRequest of(Integer first, String after, int defaultSize, int maxSize) {
        int limit = first == null ? defaultSize : first;
        if (limit < 0) {
            throw ApiException.badInput("`first` must be 0 or more, got " + limit);
        }
        if (limit > maxSize) {
            throw ApiException.badInput("`first` must be at most " + maxSize + ", got " + limit
                    + ": page through the rest with `after`");
        }
        int offset = after == null ? 0 : decodeCursor(after) + 1;
        return new PageRequest(offset, limit);
    }

    /** The rows of this page from a read of {@code limit + 1} rows (the extra row only says that more follow). */
    public <T> List<T> firstRows(List<T> rows) {
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /**
     * A lower bound of the total from a read of {@code limit + 1} rows, exact enough for {@link PageInfo#of}: above
     * {@code offset + limit} exactly when more rows follow. Used when the client did not select {@code totalCount}.
     */
    public long totalAtLeast(List<?> rows) {
        return (long) offset + rows.size();
    }

    /** The cursor of the item at a position. */
    public static String cursorAt(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    static int decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                // only cursors this API writes: no overflow past the last position, no other spelling of one
                if (position >= 0 && position < Integer.MAX_VALUE && cursorAt(position).equals(cursor)) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
        throw ApiException.badInput("Malformed cursor '" + shown + "': use a `cursor` or `endCursor` returned by this API");
    }
}
