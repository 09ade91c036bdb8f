package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodecsTest {

    record Box<T>(T value) {
    }

    static class Plain {
    }

    static <T> Type typeVariable() {
        return new TypeRef<List<T>>() {}.type();
    }

    @Test
    void forType_returnsTheCachedCodecForEqualTypes() {
        Type first = new TypeRef<Map<String, List<Integer>>>() {}.type();
        Type second = new TypeRef<Map<String, List<Integer>>>() {}.type();

        assertThat(first).isNotSameAs(second).isEqualTo(second);
        assertThat(Codecs.forType(first)).isSameAs(Codecs.forType(second));
        assertThat(Codecs.forType(int.class)).isSameAs(Codecs.forType(int.class));
    }


    @Test
    void forType_nonRecordClass_isRejected() {
        assertUnsupported(Plain.class, "dev.storm.internal.codec.CodecsTest$Plain is not supported");
        assertUnsupported(Date.class, "java.util.Date is not supported");
        assertUnsupported(Number.class, "java.lang.Number is not supported");
    }

    @Test
    void forType_rawTypes_areRejected() {
        assertUnsupported(List.class, "java.util.List is not supported: raw types are not supported;"
                + " declare the type arguments, e.g. List<String>");
        assertUnsupported(Map.class, "java.util.Map is not supported: raw types");
    }

    @Test
    void forType_arraysOtherThanBytes_areRejected() {
        assertUnsupported(int[].class, "int[] is not supported: arrays other than byte[] are not supported; use a List");
        assertUnsupported(String[].class, "java.lang.String[] is not supported: arrays other than byte[]");
        assertUnsupported(Byte[].class, "java.lang.Byte[] is not supported");
        assertUnsupported(new TypeRef<List<String>[]>() {}.type(),
                "java.util.List<java.lang.String>[] is not supported: arrays other than byte[]");
    }

    @Test
    void forType_unboundedAndSuperWildcards_areRejected() {
        assertUnsupported(new TypeRef<List<?>>() {}.type(),
                "java.util.List<?> is not supported: ? is not supported: the only wildcards supported");
        assertUnsupported(new TypeRef<List<? super Integer>>() {}.type(),
                "java.util.List<? super java.lang.Integer> is not supported: ? super java.lang.Integer is not supported");
    }

    @Test
    void forType_unsupportedElementType_namesOuterAndInnerType() {
        assertUnsupported(new TypeRef<List<Thread>>() {}.type(),
                "java.util.List<java.lang.Thread> is not supported: java.lang.Thread is not supported");
        assertUnsupported(new TypeRef<Map<String, Optional<String>>>() {}.type(),
                "java.util.Map<java.lang.String, java.util.Optional<java.lang.String>> is not supported:"
                        + " java.util.Optional<java.lang.String> is not supported: the generic types supported are");
    }

    @Test
    void forType_mapWithNonStringKeys_isRejected() {
        assertUnsupported(new TypeRef<Map<Integer, String>>() {}.type(),
                "java.util.Map<java.lang.Integer, java.lang.String> is not supported:"
                        + " map keys must be String, not java.lang.Integer");
    }

    @Test
    void forType_setsOfNonScalars_areRejected() {
        assertUnsupported(new TypeRef<Set<byte[]>>() {}.type(),
                "java.util.Set<byte[]> is not supported: a DynamoDB set holds strings or numbers");
        assertUnsupported(new TypeRef<Set<Boolean>>() {}.type(),
                "java.util.Set<java.lang.Boolean> is not supported: a DynamoDB set holds strings or numbers");
        assertUnsupported(new TypeRef<Set<List<String>>>() {}.type(), "use a List for java.util.List<java.lang.String>");
    }

    @Test
    void forType_genericRecordsAndTypeVariables_areRejected() {
        assertUnsupported(new TypeRef<Box<String>>() {}.type(), "is not supported: generic records are not supported");
        assertUnsupported(Box.class, "dev.storm.internal.codec.CodecsTest$Box is not supported: generic records");
        assertUnsupported(typeVariable(), "java.util.List<T> is not supported: T is not supported: type variables");
    }

    @Test
    void forType_null_isRejected() {
        assertThatThrownBy(() -> Codecs.forType(null)).isInstanceOf(NullPointerException.class).hasMessage("type");
    }

    private static void assertUnsupported(Type type, String messagePart) {
        assertThatThrownBy(() -> Codecs.forType(type))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(messagePart);
    }
}
