package dev.storm.internal.codec;

import dev.storm.Field;
import java.lang.annotation.Annotation;

/**
 * A {@link Field} annotation as values, which the code STORM's processor generates builds member by member, by name
 * ({@code new FieldValues().pk(true).identifier("U")}), so that every model shares this one class. Mutable only while
 * the generated code builds it, then never changed; safe to share once published.
 */
public final class FieldValues implements Field {

    private boolean pk;
    private boolean sk;
    private boolean gsi;
    private boolean gsiSk;
    private int[] index = {1};
    private String identifier = "";
    private String name = "";
    private boolean unique;

    public FieldValues pk(boolean value) {
        pk = value;
        return this;
    }

    public FieldValues sk(boolean value) {
        sk = value;
        return this;
    }

    public FieldValues gsi(boolean value) {
        gsi = value;
        return this;
    }

    public FieldValues gsiSk(boolean value) {
        gsiSk = value;
        return this;
    }

    public FieldValues index(int[] value) {
        index = value.clone();
        return this;
    }

    public FieldValues identifier(String value) {
        identifier = value;
        return this;
    }

    public FieldValues name(String value) {
        name = value;
        return this;
    }

    public FieldValues unique(boolean value) {
        unique = value;
        return this;
    }

    @Override
    public boolean pk() {
        return pk;
    }

    @Override
    public boolean sk() {
        return sk;
    }

    @Override
    public boolean gsi() {
        return gsi;
    }

    @Override
    public boolean gsiSk() {
        return gsiSk;
    }

    @Override
    public int[] index() {
        return index.clone();
    }

    @Override
    public String identifier() {
        return identifier;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean unique() {
        return unique;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Field.class;
    }
}
