package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The processor's parameterized types stand in for the JDK's wherever STORM compares or names them. */
class GenericTypeTest {

    record Shapes(List<String> list, Map<String, List<Instant>> nested, Map.Entry<String, Integer> member) {
    }

    private static Type reflected(int component) {
        return Shapes.class.getRecordComponents()[component].getGenericType();
    }

    @Test
    void equalsHashCodeAndName_matchTheJdksOwn_bothWays() {
        List<ParameterizedType> written = List.of(
                GenericType.of(List.class, String.class),
                GenericType.of(Map.class, String.class, GenericType.of(List.class, Instant.class)),
                GenericType.of(Map.Entry.class, String.class, Integer.class));
        for (int i = 0; i < written.size(); i++) {
            ParameterizedType ours = written.get(i);
            ParameterizedType jdk = (ParameterizedType) reflected(i);
            assertThat(ours).isEqualTo(jdk);
            assertThat(jdk).isEqualTo(ours);
            assertThat(ours.hashCode()).isEqualTo(jdk.hashCode());
            assertThat(ours.getTypeName()).isEqualTo(jdk.getTypeName());
            assertThat(ours.getRawType()).isEqualTo(jdk.getRawType());
            assertThat(ours.getOwnerType()).isEqualTo(jdk.getOwnerType());
            assertThat(ours.getActualTypeArguments()).isEqualTo(jdk.getActualTypeArguments());
        }
        assertThat(written.get(2).getTypeName()).isEqualTo("java.util.Map$Entry<java.lang.String, java.lang.Integer>");
    }

    @Test
    void differentArgumentsOrRawTypes_areNotEqual() {
        assertThat(GenericType.of(List.class, String.class)).isNotEqualTo(GenericType.of(List.class, Integer.class))
                .isNotEqualTo(GenericType.of(java.util.Set.class, String.class))
                .isNotEqualTo(List.class);
    }

    @Test
    void asMapKeys_findTheJdksEntries_andTheJdksFindOurs() {
        Map<Type, String> byJdk = new HashMap<>();
        byJdk.put(reflected(1), "nested");
        Map<Type, String> byOurs = new HashMap<>();
        byOurs.put(GenericType.of(List.class, String.class), "list");

        assertThat(byJdk.get(GenericType.of(Map.class, String.class, GenericType.of(List.class, Instant.class))))
                .isEqualTo("nested");
        assertThat(byOurs.get(reflected(0))).isEqualTo("list");
    }

    @Test
    void arguments_areCopied_soACallerCannotChangeTheType() {
        Type[] arguments = {String.class};
        ParameterizedType type = GenericType.of(List.class, arguments);
        arguments[0] = Integer.class;
        type.getActualTypeArguments()[0] = Integer.class;

        assertThat(type.getActualTypeArguments()).containsExactly(String.class);
    }
}
