package dev.storm.internal.codec;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes S, N, L and M attributes faster than {@code AttributeValue.fromS} and its siblings. A fresh SDK builder
 * tracks which union member is set in a hash set, which costs more than the rest of the attribute; a builder that
 * only ever receives one kind of member skips that tracking on every call after the first, so each thread keeps
 * one builder per kind and reuses it ({@link AttributeWriter}). The attribute built is an ordinary, immutable
 * AttributeValue, equal to the one {@code fromS} makes. Thread-safe.
 */
public final class AttributeValues {

    private AttributeValues() {
    }

    /** An S attribute, equal to {@code AttributeValue.fromS(text)}. */
    public static AttributeValue s(String text) {
        return AttributeWriter.get().text(text);
    }

    /** An N attribute, equal to {@code AttributeValue.fromN(text)}. */
    public static AttributeValue n(String text) {
        return AttributeWriter.get().number(text);
    }

    /** An L attribute, equal to {@code AttributeValue.fromL(elements)}; the SDK copies the list. */
    public static AttributeValue l(List<AttributeValue> elements) {
        return AttributeWriter.get().list(elements);
    }

    /** An M attribute, equal to {@code AttributeValue.fromM(entries)}; the SDK copies the map. */
    public static AttributeValue m(Map<String, AttributeValue> entries) {
        return AttributeWriter.get().map(entries);
    }
}
