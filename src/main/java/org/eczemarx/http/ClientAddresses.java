package org.eczemarx.http;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.smallrye.common.net.CidrAddress;
import io.smallrye.common.net.Inet;

/**
 * Who the client is, for the rate limit: the direct peer's address, or, when the peer is a trusted proxy, the address
 * that proxy says it received the request from ({@code Forwarded: for=}, else {@code X-Forwarded-For}). Proxies append
 * to these lists, so the chain is read from the right, skipping trusted proxies: the first other address is the
 * client. (Quarkus' own forwarding support takes the leftmost entry, which any client can write.)
 */
final class ClientAddresses {

    private static final int MAX_KEY_LENGTH = 64;

    private final List<CidrAddress> trustedProxies;

    ClientAddresses(List<CidrAddress> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** The client's address as text; {@code forwarded} and {@code xForwardedFor} are the headers' values, or null. */
    String of(String peer, String forwarded, String xForwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        if (trustedProxies.isEmpty() || !trusted(peer)) {
            return peer;
        }
        List<String> chain = forwarded != null ? forwardedFor(forwarded)
                : xForwardedFor != null ? List.of(xForwardedFor.split(",")) : List.of();
        String leftmost = peer;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String address = bare(chain.get(i));
            if (address.isEmpty()) {
                continue;
            }
            if (!trusted(address)) {
                return address.length() > MAX_KEY_LENGTH ? address.substring(0, MAX_KEY_LENGTH) : address;
            }
            leftmost = address;
        }
        return leftmost;
    }

    private boolean trusted(String address) {
        InetAddress parsed = Inet.parseInetAddress(address);
        if (parsed == null) {
            return false;
        }
        for (CidrAddress proxy : trustedProxies) {
            if (proxy.matches(parsed)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code for=} values of an RFC 7239 {@code Forwarded} header, in order. */
    private static List<String> forwardedFor(String header) {
        List<String> values = new ArrayList<>();
        for (String element : header.split(",")) {
            for (String pair : element.split(";")) {
                String trimmed = pair.trim();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("for=")) {
                    values.add(trimmed.substring(4));
                }
            }
        }
        return values;
    }

    /** The address without quotes, IPv6 brackets or port: {@code "[2001:db8::1]:4711"} is {@code 2001:db8::1}. */
    private static String bare(String entry) {
        String value = entry.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end > 0 ? value.substring(1, end) : value;
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon == value.lastIndexOf(':')) {
            return value.substring(0, colon); // IPv4 with a port
        }
        return value;
    }
}
