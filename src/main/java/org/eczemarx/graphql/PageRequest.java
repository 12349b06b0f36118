package org.eczemarx.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.eczemarx.error.ApiException;

/**
 * A validated slice of a connection: {@code first} items after the opaque cursor {@code after}. A cursor encodes a
 * position in the connection's deterministic order and the request it belongs to (its {@code scope}: the connection,
 * its filter and its order, hashed), so a cursor passed with another filter or order is refused instead of answering
 * a page of a different list.
 *
 * @param scope the hash of what the page request asks for, carried by its cursors
 */
public record PageRequest(int offset, int limit, String scope) {

    private static final String PREFIX = "erx-cursor:";

    /**
     * @param query what the request asks for besides the slice (e.g. {@code "drugs|NAME_ASC|<filter>"}); cursors of
     *              another query are refused
     */
    public static PageRequest of(Integer first, String after, int defaultSize, int maxSize, String query) {
        int limit = first == null ? defaultSize : first;
        if (limit < 0) {
            throw ApiException.badInput("`first` must be 0 or more, got " + limit);
        }
        if (limit > maxSize) {
            throw ApiException.badInput("`first` must be at most " + maxSize + ", got " + limit
                    + ": page through the rest with `after`");
        }
        String scope = scopeOf(query);
        int offset = after == null ? 0 : decodeCursor(after, scope) + 1;
        return new PageRequest(offset, limit, scope);
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

    /** The cursor of the item at a position of this request's list. */
    public String cursorAt(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position + ":" + scope).getBytes(StandardCharsets.US_ASCII));
    }

    static String scopeOf(String query) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static int decodeCursor(String cursor, String scope) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int colon = text.lastIndexOf(':');
            if (text.startsWith(PREFIX) && colon > PREFIX.length()) {
                int position = Integer.parseInt(text.substring(PREFIX.length(), colon));
                String given = text.substring(colon + 1);
                // only cursors this API writes: no overflow past the last position, no other spelling of one
                if (position >= 0 && position < Integer.MAX_VALUE
                        && new PageRequest(0, 0, given).cursorAt(position).equals(cursor) && given.matches("[0-9a-f]{12}")) {
                    if (!given.equals(scope)) {
                        throw ApiException.badInput("This cursor was given for another list (another `filter` or `orderBy`):"
                                + " pass it with the arguments of the request that returned it, or page from the start without `after`");
                    }
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
