package dev.latent.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * A location inside a deck: object fields and array indexes from the root, the same whether the deck was read from
 * a file (where it names a JSON value) or built in code.
 */
public record FieldPath(List<Object> segments) {

    public static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
    }

    public FieldPath field(String name) {
        return append(name);
    }

    public FieldPath index(int index) {
        return append(index);
    }

    private FieldPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new FieldPath(longer);
    }

    /** The JSON Pointer (RFC 6901) of this location, as Jackson's parser reports it. */
    public String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object segment : segments) {
            pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    public FieldPath parent() {
        return segments.isEmpty() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
    }

    /** Readable form for messages: {@code questions[2].rubric.concepts[0].weight}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer) {
                text.append('[').append(segment).append(']');
            } else {
                if (!text.isEmpty()) text.append('.');
                text.append(segment);
            }
        }
        return text.toString();
    }
}
