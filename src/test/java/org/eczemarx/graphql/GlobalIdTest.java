package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eczemarx.error.BadUserInputException;
import org.junit.jupiter.api.Test;

/** Global IDs, without a server. */
class GlobalIdTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Test
    void anIdDecodesToItsTypeAndKey() {
        String id = GlobalId.encode(NodeType.DRUG, 7);
        assertThat(id).hasSize(22);
        assertThat(GlobalId.decode(id)).isEqualTo(new GlobalId.Decoded(NodeType.DRUG, 7));
        assertThat(GlobalId.decode(id, NodeType.DRUG)).isEqualTo(7);
        assertThatThrownBy(() -> GlobalId.decode(id, NodeType.TARGET)).isInstanceOf(BadUserInputException.class)
                .hasMessageContaining("is a Drug ID, expected a Target ID");
    }

    /** 22 base64url characters carry 132 bits for 128: the last one's four spare bits must be zero, as the encoder writes them. */
    @Test
    void anotherSpellingOfAnIdIsNotOne() {
        String id = GlobalId.encode(NodeType.LAB_TEST, 12);
        int last = ALPHABET.indexOf(id.charAt(21));
        for (int spare = 1; spare < 16; spare++) {
            String respelled = id.substring(0, 21) + ALPHABET.charAt(last ^ spare);
            assertThatThrownBy(() -> GlobalId.decode(respelled)).as(respelled).isInstanceOf(BadUserInputException.class)
                    .hasMessageStartingWith("Malformed ID");
        }
    }

    @Test
    void garbageIsMalformed() {
        for (String garbage : new String[] { "", "x", "AAAAAAAAAAAAAAAAAAAAAA", "!!!!!!!!!!!!!!!!!!!!!!", GlobalId.encode(NodeType.DRUG, 7) + "A" }) {
            assertThatThrownBy(() -> GlobalId.decode(garbage)).as(garbage).isInstanceOf(BadUserInputException.class);
        }
    }
}
