package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eczemarx.error.BadUserInputException;
import org.junit.jupiter.api.Test;

/** Cursors and page sizes, without a server. */
class PageRequestTest {

    private static final String QUERY = "drugs|NAME_ASC|true|{}";

    private static PageRequest page(Integer first, String after) {
        return PageRequest.of(first, after, 20, 100, QUERY);
    }

    @Test
    void aCursorPointsPastItsPosition() {
        PageRequest start = page(10, null);
        assertThat(start.offset()).isZero();
        assertThat(start.limit()).isEqualTo(10);
        PageRequest next = page(null, start.cursorAt(41));
        assertThat(next.offset()).isEqualTo(42);
        assertThat(next.limit()).isEqualTo(20);
        assertThat(PageRequest.decodeCursor(start.cursorAt(0), start.scope())).isZero();
    }

    @Test
    void aCursorOfAnotherFilterOrOrderIsRefused() {
        String cursor = page(10, null).cursorAt(9);
        assertThatThrownBy(() -> PageRequest.of(10, cursor, 20, 100, "drugs|NAME_DESC|true|{}"))
                .isInstanceOf(BadUserInputException.class).hasMessageContaining("another `filter` or `orderBy`");
        assertThatThrownBy(() -> PageRequest.of(10, cursor, 20, 100, "targets"))
                .isInstanceOf(BadUserInputException.class).hasMessageContaining("another `filter` or `orderBy`");
        assertThat(page(10, cursor).offset()).isEqualTo(10);
    }

    @Test
    void onlyCursorsThisApiWritesAreTaken() {
        String scope = page(1, null).scope();
        for (String text : new String[] { "erx-cursor:-5:" + scope, "erx-cursor:2147483647:" + scope, "erx-cursor:99999999999:" + scope,
                "erx-cursor:007:" + scope, "erx-cursor:+5:" + scope, "erx-cursor::" + scope, "erx-cursor:5", "erx-cursor:5:XYZ",
                "erx-cursor:5:" + scope.toUpperCase(), "cursor:5", "" }) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> page(10, cursor)).as(text)
                    .isInstanceOf(BadUserInputException.class).hasMessageStartingWith("Malformed cursor");
        }
        String padded = page(1, null).cursorAt(5) + "=";
        assertThatThrownBy(() -> page(10, padded)).isInstanceOf(BadUserInputException.class);
        assertThatThrownBy(() -> page(10, "not base64!")).isInstanceOf(BadUserInputException.class);
    }

    @Test
    void pageSizesOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> page(-1, null)).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> page(101, null)).hasMessageContaining("at most 100");
        assertThat(page(0, null).limit()).isZero();
    }
}
