package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Attributes from reused builders equal those of the SDK's own factories, and never share state. */
class AttributeValuesTest {

    @Test
    void eachKind_equalsTheSdkFactory_andKeepsItsOwnValue() {
        AttributeValue first = AttributeValues.s("first");
        AttributeValue second = AttributeValues.s("second");
        AttributeValue number = AttributeValues.n("42.5");
        AttributeValue list = AttributeValues.l(List.of(first, number));
        AttributeValue map = AttributeValues.m(Map.of("a", second, "b", list));

        assertThat(first).isEqualTo(AttributeValue.fromS("first"));
        assertThat(second).isEqualTo(AttributeValue.fromS("second"));
        assertThat(number).isEqualTo(AttributeValue.fromN("42.5"));
        assertThat(list).isEqualTo(AttributeValue.fromL(List.of(AttributeValue.fromS("first"),
                AttributeValue.fromN("42.5"))));
        assertThat(map).isEqualTo(AttributeValue.fromM(Map.of("a", AttributeValue.fromS("second"), "b",
                AttributeValue.fromL(List.of(AttributeValue.fromS("first"), AttributeValue.fromN("42.5"))))));
        assertThat(first.type()).isEqualTo(AttributeValue.Type.S);
        assertThat(number.type()).isEqualTo(AttributeValue.Type.N);
        assertThat(list.type()).isEqualTo(AttributeValue.Type.L);
        assertThat(map.type()).isEqualTo(AttributeValue.Type.M);
        assertThat(first.hasL()).isFalse();
        assertThat(list.hasM()).isFalse();
    }

    @Test
    void listAndMap_areCopies_unaffectedByLaterChangesToTheirSource() {
        List<AttributeValue> elements = new ArrayList<>(List.of(AttributeValues.s("x")));
        Map<String, AttributeValue> entries = new LinkedHashMap<>(Map.of("k", AttributeValues.s("v")));
        AttributeValue list = AttributeValues.l(elements);
        AttributeValue map = AttributeValues.m(entries);

        elements.add(AttributeValues.s("y"));
        entries.put("other", AttributeValues.s("w"));

        assertThat(list.l()).containsExactly(AttributeValue.fromS("x"));
        assertThat(map.m()).containsOnlyKeys("k");
    }

    @Test
    void threads_buildTheirOwnValues() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "thread" + t + "-";
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String text = prefix + i;
                        if (!AttributeValues.s(text).s().equals(text)
                                || !AttributeValues.n(Integer.toString(i)).n().equals(Integer.toString(i))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
