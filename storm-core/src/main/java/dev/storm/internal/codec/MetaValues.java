package dev.storm.internal.codec;

import dev.storm.KeyLayout;
import dev.storm.Meta;
import java.lang.annotation.Annotation;

/**
 * A {@link Meta} annotation as values, which the code STORM's processor generates builds member by member, by name
 * ({@code new MetaValues().suffix("USER")}), so that every model shares this one class. Mutable only while the
 * generated code builds it, then never changed; safe to share once published.
 */
public final class MetaValues implements Meta {

    private String suffix = "";
    private KeyLayout[] keyLayout = {};
    private Class<?> viewOf = void.class;

    public MetaValues suffix(String value) {
        suffix = value;
        return this;
    }

    public MetaValues keyLayout(KeyLayout[] value) {
        keyLayout = value.clone();
        return this;
    }

    public MetaValues viewOf(Class<?> value) {
        viewOf = value;
        return this;
    }

    @Override
    public String suffix() {
        return suffix;
    }

    @Override
    public KeyLayout[] keyLayout() {
        return keyLayout.clone();
    }

    @Override
    public Class<?> viewOf() {
        return viewOf;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Meta.class;
    }
}
