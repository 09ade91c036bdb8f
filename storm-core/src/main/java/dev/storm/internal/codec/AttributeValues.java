package dev.storm.internal.codec;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes S, N, L and M attributes faster than {@code AttributeValue.fromS} and its siblings. A fresh SDK builder
 * tracks which union member is set in a hash set, which costs more than the rest of the attribute; a builder that
 * only ever receives one kind of member skips that tracking on every call after the first, so each thread keeps
 * one builder per kind and reuses it. The attribute built is an ordinary, immutable AttributeValue, equal to the one
 * {@code fromS} makes. Thread-safe: every builder is confined to its thread and used only from one setter call to
 * the {@code build()} right after it, so nested encoding on the same thread cannot interleave with it.
 */
public final class AttributeValues {

    private static final ThreadLocal<Builders> BUILDERS = new ThreadLocal<>() {
        @Override
        protected Builders initialValue() {
            return new Builders();
        }
    };

    private AttributeValues() {
    }

    /** An S attribute, equal to {@code AttributeValue.fromS(text)}. */
    public static AttributeValue s(String text) {
        AttributeValue.Builder builder = BUILDERS.get().s;
        AttributeValue value = builder.s(text).build();
        // cleared so that no thread keeps user data alive; with the kind unchanged this costs nothing
        builder.s(null);
        return value;
    }

    /** An N attribute, equal to {@code AttributeValue.fromN(text)}. */
    public static AttributeValue n(String text) {
        AttributeValue.Builder builder = BUILDERS.get().n;
        AttributeValue value = builder.n(text).build();
        builder.n(null);
        return value;
    }

    /** An L attribute, equal to {@code AttributeValue.fromL(elements)}; the SDK copies the list. */
    public static AttributeValue l(List<AttributeValue> elements) {
        AttributeValue.Builder builder = BUILDERS.get().l;
        AttributeValue value = builder.l(elements).build();
        builder.l((List<AttributeValue>) null);
        return value;
    }

    /** An M attribute, equal to {@code AttributeValue.fromM(entries)}; the SDK copies the map. */
    public static AttributeValue m(Map<String, AttributeValue> entries) {
        AttributeValue.Builder builder = BUILDERS.get().m;
        AttributeValue value = builder.m(entries).build();
        builder.m(null);
        return value;
    }

    private static final class Builders {
        private final AttributeValue.Builder s = AttributeValue.builder();
        private final AttributeValue.Builder n = AttributeValue.builder();
        private final AttributeValue.Builder l = AttributeValue.builder();
        private final AttributeValue.Builder m = AttributeValue.builder();
    }
}
