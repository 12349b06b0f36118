package org.eczemarx.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.smallrye.common.net.Inet;

/** Which address a request is counted under: the peer, or what a trusted proxy forwarded. */
class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of(
            Inet.parseCidrAddress("10.0.0.0/8"), Inet.parseCidrAddress("2001:db8:ffff::/48")));
    private final ClientAddresses direct = new ClientAddresses(List.of());

    @Test
    void withoutTrustedProxiesThePeerCountsWhateverTheHeadersSay() {
        assertThat(direct.of("198.51.100.7", "for=203.0.113.1", "203.0.113.2")).isEqualTo("198.51.100.7");
    }

    @Test
    void anUntrustedPeerCannotChooseItsAddress() {
        assertThat(behindProxies.of("198.51.100.7", null, "203.0.113.2")).isEqualTo("198.51.100.7");
        assertThat(behindProxies.of("198.51.100.7", "for=203.0.113.1", null)).isEqualTo("198.51.100.7");
    }

    @Test
    void aTrustedProxyForwardsTheRightmostAddressThatIsNotAProxy() {
        assertThat(behindProxies.of("10.1.2.3", null, "203.0.113.2")).isEqualTo("203.0.113.2");
        assertThat(behindProxies.of("10.1.2.3", null, "6.6.6.6, 203.0.113.2, 10.9.9.9"))
                .as("what the client wrote left of the address the proxy saw is ignored").isEqualTo("203.0.113.2");
        assertThat(behindProxies.of("10.1.2.3", null, null)).as("no header: the proxy itself").isEqualTo("10.1.2.3");
        assertThat(behindProxies.of("10.1.2.3", null, "10.4.4.4")).as("only proxies: the leftmost").isEqualTo("10.4.4.4");
    }

    @Test
    void forwardedIsPreferredAndParsedWithQuotesPortsAndIpv6() {
        assertThat(behindProxies.of("10.1.2.3", "for=192.0.2.60;proto=http;by=203.0.113.43", "203.0.113.2"))
                .isEqualTo("192.0.2.60");
        assertThat(behindProxies.of("10.1.2.3", "for=\"[2001:db8:cafe::17]:4711\", For=10.0.0.9", null))
                .isEqualTo("2001:db8:cafe::17");
        assertThat(behindProxies.of("2001:db8:ffff::1", "for=\"198.51.100.17:8080\"", null)).isEqualTo("198.51.100.17");
    }

    @Test
    void anUnparsableEntryCountsAsAClientOfItsOwnBoundedInLength() {
        assertThat(behindProxies.of("10.1.2.3", "for=unknown", null)).isEqualTo("unknown");
        assertThat(behindProxies.of("10.1.2.3", null, "x".repeat(500))).hasSize(64);
    }
}
