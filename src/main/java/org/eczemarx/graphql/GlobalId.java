package org.eczemarx.graphql;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.eczemarx.error.ApiException;

/**
 * Opaque, stable global IDs (Relay Global Object Identification). The type tag and database key are packed into one
 * 16-byte block with a magic prefix and encrypted with AES under a server-side secret, so clients cannot decode or
 * forge them, and they stay the same across restarts as long as the secret does.
 */
public final class GlobalId {

    private static final int MAGIC = 0x45525831; // "ERX1"
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static volatile SecretKeySpec key = keyFrom("eczemarx-default-id-secret");

    private GlobalId() {
    }

    /** Set once at start from configuration. */
    static void useSecret(String secret) {
        key = keyFrom(secret);
    }

    /** A decoded global ID. */
    public record Decoded(NodeType type, long key) {
    }

    public static String encode(NodeType type, long id) {
        ByteBuffer block = ByteBuffer.allocate(16);
        block.putInt(MAGIC).putInt(type.tag).putLong(id);
        return ENCODER.encodeToString(crypt(Cipher.ENCRYPT_MODE, block.array()));
    }

    /** Decodes an ID or fails with BAD_USER_INPUT when it is not one this server issued. */
    public static Decoded decode(String id) {
        if (id == null || id.length() != 22) {
            throw malformed(id);
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(id);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
        if (bytes.length != 16 || !ENCODER.encodeToString(bytes).equals(id)) {
            throw malformed(id); // the last character's unused bits set: another spelling of an ID, not one we issued
        }
        ByteBuffer block = ByteBuffer.wrap(crypt(Cipher.DECRYPT_MODE, bytes));
        NodeType type = block.getInt() == MAGIC ? NodeType.ofTag(block.getInt()) : null;
        long key = block.getLong();
        if (type == null || key <= 0) {
            throw malformed(id);
        }
        return new Decoded(type, key);
    }

    /** Decodes an ID that must be of the given type. */
    public static long decode(String id, NodeType expected) {
        Decoded decoded = decode(id);
        if (decoded.type() != expected) {
            throw ApiException.badInput("ID " + shorten(id) + " is a " + decoded.type().graphqlName()
                    + " ID, expected a " + expected.graphqlName() + " ID");
        }
        return decoded.key();
    }

    private static ApiException malformed(String id) {
        return ApiException.badInput("Malformed ID " + shorten(id) + ": use an `id` returned by this API");
    }

    private static String shorten(String id) {
        if (id == null) {
            return "null";
        }
        String shown = id.length() > 40 ? id.substring(0, 40) + "…" : id;
        return "'" + shown + "'";
    }

    private static byte[] crypt(int mode, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(mode, key);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is unavailable", e);
        }
    }

    private static SecretKeySpec keyFrom(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, 0, 16, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
