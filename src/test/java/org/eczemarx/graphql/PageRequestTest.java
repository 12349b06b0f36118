package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eczemarx.error.BadUserInputException;
import org.junit.jupiter.api.Test;

/** Cursors and page sizes, without a server. */
class PageRequestTest {

    @Test
    void aCursorPointsPastItsPosition() {
        assertThat(PageRequest.of(10, null, 20, 100)).isEqualTo(new PageRequest(0, 10));
        assertThat(PageRequest.of(null, PageRequest.cursorAt(41), 20, 100)).isEqualTo(new PageRequest(42, 20));
        assertThat(PageRequest.decodeCursor(PageRequest.cursorAt(0))).isZero();
    }

    @Test
    void onlyCursorsThisApiWritesAreTaken() {
        for (String text : new String[] { "erx-cursor:-5", "erx-cursor:2147483647", "erx-cursor:99999999999", "erx-cursor:007",
                "erx-cursor:+5", "erx-cursor:", "cursor:5", "" }) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> PageRequest.of(10, cursor, 20, 100)).as(text)
                    .isInstanceOf(BadUserInputException.class).hasMessageStartingWith("Malformed cursor");
        }
        String padded = PageRequest.cursorAt(5) + "=";
        assertThatThrownBy(() -> PageRequest.of(10, padded, 20, 100)).isInstanceOf(BadUserInputException.class);
        assertThatThrownBy(() -> PageRequest.of(10, "not base64!", 20, 100)).isInstanceOf(BadUserInputException.class);
    }

    @Test
    void pageSizesOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> PageRequest.of(-1, null, 20, 100)).hasMessageContaining("0 or more");
        assertThatThrownBy(() -> PageRequest.of(101, null, 20, 100)).hasMessageContaining("at most 100");
        assertThat(PageRequest.of(0, null, 20, 100).limit()).isZero();
    }
}
