package dev.latent.interchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The few protobuf values an Anki collection keeps in blobs (a note type's kind, a card template's front and
 * back, the package version in {@code meta}): the first value of each top-level field, read with the wire
 * format's own rules. A whole protobuf library and generated classes for two strings and a number would be
 * far more code than this reader.
 */
final class Protobuf {

    private final Map<Integer, Long> varints = new HashMap<>();
    private final Map<Integer, byte[]> bytes = new HashMap<>();
    private final Map<Integer, List<byte[]>> repeated = new HashMap<>();

    private Protobuf() {
    }

    /** Reads the message; a malformed one is refused with the source named. */
    static Protobuf read(byte[] message, String source) throws ApkgException {
        Protobuf result = new Protobuf();
        int[] pos = {0};
        try {
            while (pos[0] < message.length) {
                long key = varint(message, pos);
                int field = (int) (key >>> 3);
                switch ((int) (key & 7)) {
                    case 0 -> result.varints.putIfAbsent(field, varint(message, pos));
                    case 1 -> pos[0] = skip(message, pos[0], 8);
                    case 2 -> {
                        long length = varint(message, pos);
                        if (length < 0 || length > message.length - pos[0]) throw new IllegalArgumentException("length");
                        byte[] value = new byte[(int) length];
                        System.arraycopy(message, pos[0], value, 0, (int) length);
                        result.bytes.putIfAbsent(field, value);
                        result.repeated.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
                        pos[0] += (int) length;
                    }
                    case 5 -> pos[0] = skip(message, pos[0], 4);
                    default -> throw new IllegalArgumentException("wire type");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ApkgException(source + ": a malformed protobuf value in the collection (" + e.getMessage() + ")");
        }
        return result;
    }

    /** The field's number, or 0 (protobuf's default) when absent. */
    long varint(int field) {
        return varints.getOrDefault(field, 0L);
    }

    /** Every value of a repeated length-delimited field (such as the entries of Anki's media list), in order. */
    List<byte[]> all(int field) {
        return repeated.getOrDefault(field, List.of());
    }

    /** The field as UTF-8 text, or "" (protobuf's default) when absent. */
    String string(int field) {
        byte[] value = bytes.get(field);
        return value == null ? "" : new String(value, StandardCharsets.UTF_8);
    }

    private static long varint(byte[] message, int[] pos) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= message.length) throw new IllegalArgumentException("truncated");
            byte b = message[pos[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new IllegalArgumentException("varint");
    }

    private static int skip(byte[] message, int pos, int count) {
        if (pos + count > message.length) throw new IllegalArgumentException("truncated");
        return pos + count;
    }
}
