package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/** A generated accessor is trusted only when it was compiled for the record's current components. */
class GeneratedRecordsTest {

    record Point(int x, String label) {
    }

    private static GeneratedRecord<Point> accessor(String[] names, Class<?>[] types) {
        return new GeneratedRecord<>() {
            @Override
            public Class<Point> recordType() {
                return Point.class;
            }

            @Override
            public String[] componentNames() {
                return names.clone();
            }

            @Override
            public Class<?>[] componentTypes() {
                return types.clone();
            }

            @Override
            public java.lang.reflect.Type[] genericTypes() {
                return types.clone();
            }

            @Override
            public AnnotatedElement component(int position) {
                return AnnotationSet.of();
            }

            @Override
            public Object value(Point record, int position) {
                return position == 0 ? record.x() : record.label();
            }

            @Override
            public Object[] values(Point record) {
                return new Object[] {record.x(), record.label()};
            }

            @Override
            public Point create(Object[] values) {
                return new Point((Integer) values[0], (String) values[1]);
            }
        };
    }

    @Test
    void matches_onlyTheSameNamesAndTypesInTheSameOrder() {
        RecordComponent[] components = Point.class.getRecordComponents();

        assertThat(GeneratedRecord.matches(accessor(new String[] {"x", "label"},
                new Class<?>[] {int.class, String.class}), components)).isTrue();
        assertThat(GeneratedRecord.matches(accessor(new String[] {"x", "name"},
                new Class<?>[] {int.class, String.class}), components)).isFalse();
        assertThat(GeneratedRecord.matches(accessor(new String[] {"x", "label"},
                new Class<?>[] {long.class, String.class}), components)).isFalse();
        assertThat(GeneratedRecord.matches(accessor(new String[] {"label", "x"},
                new Class<?>[] {String.class, int.class}), components)).isFalse();
        assertThat(GeneratedRecord.matches(accessor(new String[] {"x"}, new Class<?>[] {int.class}), components))
                .isFalse();
    }

    @Test
    void find_ignoresAStaleRegistration() {
        GeneratedRecords.register(accessor(new String[] {"x", "renamed"}, new Class<?>[] {int.class, String.class}));

        assertThat(GeneratedRecords.find(Point.class, Point.class.getRecordComponents())).isNull();
    }
}
