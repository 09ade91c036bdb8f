package dev.storm.internal.query;

import dev.storm.InvalidCursorException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Page cursors: the key to continue after, in base64url without padding, followed by the first 16 bytes of a SHA-256
 * digest over the query's identity and the key. The digest makes an altered cursor, or one made for another model or
 * query, fail before anything is sent. It is not a signature (the scheme is public), and needs none: a cursor only
 * says where in the query's own partition to continue, which the caller checks too, so a forged one can reach
 * nothing the query itself cannot.
 */
public final class Cursors {

    private static final byte VERSION = 1;
    private static final int DIGEST_BYTES = 16;

    private Cursors() {
    }

    /** The cursor of a key, whose attributes are all strings (the key attributes STORM writes). */
    public static String encode(String identity, Map<String, AttributeValue> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            Map<String, AttributeValue> sorted = new TreeMap<>(key);
            out.writeByte(sorted.size());
            for (Map.Entry<String, AttributeValue> e : sorted.entrySet()) {
                if (e.getValue().s() == null) {
                    throw new IllegalStateException("key attribute " + e.getKey() + " is not a string: " + e.getValue());
                }
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().s());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        byte[] all = Arrays.copyOf(payload, payload.length + DIGEST_BYTES);
        System.arraycopy(digest(identity, payload), 0, all, payload.length, DIGEST_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /**
     * The key a cursor holds, when it was made by {@link #encode} for the same identity.
     *
     * @param query how the query reads in messages, e.g. {@code Order query}
     * @throws InvalidCursorException when it was not
     */
    public static Map<String, AttributeValue> decode(String identity, String cursor, String query) {
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor, query, "it is not base64url text", e);
        }
        if (all.length <= DIGEST_BYTES + 2 || all[0] != VERSION) {
            throw invalid(cursor, query, "it is not a STORM cursor", null);
        }
        byte[] payload = Arrays.copyOf(all, all.length - DIGEST_BYTES);
        byte[] digest = Arrays.copyOfRange(all, payload.length, all.length);
        if (!MessageDigest.isEqual(digest, Arrays.copyOf(digest(identity, payload), DIGEST_BYTES))) {
            throw invalid(cursor, query, "it was altered, or belongs to another model or query", null);
        }
        Map<String, AttributeValue> key = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            in.readByte();
            int size = in.readUnsignedByte();
            for (int i = 0; i < size; i++) {
                key.put(in.readUTF(), AttributeValue.fromS(in.readUTF()));
            }
            if (in.available() > 0) {
                throw invalid(cursor, query, "it holds more than a key", null);
            }
        } catch (IOException e) {
            throw invalid(cursor, query, "it is cut short", e);
        }
        return key;
    }

    static InvalidCursorException invalid(String cursor, String query, String why, Throwable cause) {
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "..." : cursor;
        return new InvalidCursorException("Cursor \"" + shown + "\" cannot continue the " + query + ": " + why
                + "; start again with page(null)", cause);
    }

    private static byte[] digest(String identity, byte[] payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(identity.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(payload);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
