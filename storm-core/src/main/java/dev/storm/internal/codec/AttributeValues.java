package dev.storm.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes S and N attributes faster than {@code AttributeValue.fromS}. A fresh SDK builder tracks which union member
 * is set in a hash set, which costs more than the rest of the attribute; a builder that only ever receives
 * {@code s(...)} skips that tracking on every call after the first, so each thread keeps one builder per type and
 * reuses it. The attribute built is an ordinary, immutable AttributeValue, equal to the one {@code fromS} makes.
 * Thread-safe: every builder is confined to its thread, and is used only between one setter call and the
 * {@code build()} right after it, so nested encoding on the same thread cannot interleave with it.
 */
public final class AttributeValues {

    /** Each thread's builders; each keeps a reference to the last text it was given until the next one. */
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
        return BUILDERS.get().s.s(text).build();
    }

    /** An N attribute, equal to {@code AttributeValue.fromN(text)}. */
    public static AttributeValue n(String text) {
        return BUILDERS.get().n.n(text).build();
    }

    private static final class Builders {
        private final AttributeValue.Builder s = AttributeValue.builder();
        private final AttributeValue.Builder n = AttributeValue.builder();
    }
}
