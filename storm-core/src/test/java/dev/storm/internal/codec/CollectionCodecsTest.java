package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CollectionCodecsTest {

    enum Size { S, M, L }

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    @Test
    void encode_list_isLWithNullForNullElements() {
        Codec<Object> codec = new TypeRef<List<String>>() {}.codec();

        assertThat(codec.encode(Arrays.asList("a", null, "b"))).isEqualTo(AttributeValue.fromL(List.of(
                AttributeValue.fromS("a"), NULL, AttributeValue.fromS("b"))));
    }

    @Test
    void decode_l_givesArrayListWithNulls() {
        Object decoded = new TypeRef<List<Integer>>() {}.codec().decode(AttributeValue.fromL(List.of(
                AttributeValue.fromN("1"), NULL, AttributeValue.fromN("3"))));

        assertThat(decoded).isInstanceOf(ArrayList.class).isEqualTo(Arrays.asList(1, null, 3));
    }

    @Test
    void collectionAndIterable_areStoredAsL() {
        AttributeValue expected = AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromN("2")));
        Codec<Object> collection = new TypeRef<Collection<Integer>>() {}.codec();
        Codec<Object> iterable = new TypeRef<Iterable<Long>>() {}.codec();

        assertThat(collection.encode(List.of(1, 2))).isEqualTo(expected);
        assertThat(iterable.encode(new TreeSet<>(List.of(2L, 1L)))).isEqualTo(expected);
        assertThat(iterable.decode(expected)).isInstanceOf(ArrayList.class).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void encode_nestedLists_nestL() {
        Codec<Object> codec = new TypeRef<List<List<Boolean>>>() {}.codec();

        AttributeValue encoded = codec.encode(List.of(List.of(true), List.of()));

        assertThat(encoded).isEqualTo(AttributeValue.fromL(List.of(
                AttributeValue.fromL(List.of(AttributeValue.fromBool(true))), AttributeValue.fromL(List.of()))));
        assertThat(codec.decode(encoded)).isEqualTo(List.of(List.of(true), List.of()));
    }

    @Test
    void decode_boolWhereListExpected_isRejected() {
        assertThatThrownBy(() -> new TypeRef<List<String>>() {}.codec().decode(AttributeValue.fromBool(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type L (list) for java.util.List<java.lang.String>"
                        + " but found BOOL (boolean)");
    }

    @Test
    void decode_listElementOfWrongType_namesTheElement() {
        AttributeValue list = AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("x")));

        assertThatThrownBy(() -> new TypeRef<List<Integer>>() {}.codec().decode(list))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("element 1 of the list: expected DynamoDB type N (number) for Integer but found S (string)");
    }

    @Test
    void encode_setOfStrings_isSS() {
        Codec<Object> codec = new TypeRef<Set<String>>() {}.codec();

        assertThat(codec.encode(new LinkedHashSet<>(List.of("b", "a")))).isEqualTo(AttributeValue.fromSs(List.of("b", "a")));
    }

    @Test
    void encode_setOfNumbers_isNS() {
        Codec<Object> codec = new TypeRef<Set<Integer>>() {}.codec();

        assertThat(codec.encode(new LinkedHashSet<>(List.of(3, 1, 2))))
                .isEqualTo(AttributeValue.fromNs(List.of("3", "1", "2")));
        assertThat(new TypeRef<Set<BigDecimal>>() {}.codec().encode(Set.of(new BigDecimal("1E+3"))))
                .isEqualTo(AttributeValue.fromNs(List.of("1000")));
    }

    @Test
    void encode_setsOfEnumsUuidsAndChars_areSS() {
        UUID id = UUID.fromString("00000000-0000-0001-0000-000000000002");

        assertThat(new TypeRef<Set<Size>>() {}.codec().encode(new TreeSet<>(List.of(Size.L, Size.S))))
                .isEqualTo(AttributeValue.fromSs(List.of("S", "L")));
        assertThat(new TypeRef<Set<UUID>>() {}.codec().encode(Set.of(id)))
                .isEqualTo(AttributeValue.fromSs(List.of("00000000-0000-0001-0000-000000000002")));
        assertThat(new TypeRef<Set<Character>>() {}.codec().encode(Set.of('x')))
                .isEqualTo(AttributeValue.fromSs(List.of("x")));
    }

    @Test
    void encode_emptySet_isRejected() {
        assertThatThrownBy(() -> new TypeRef<Set<String>>() {}.codec().encode(Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an empty set cannot be stored; store null instead");
    }

    @Test
    void encode_setWithNullElement_isRejected() {
        Set<String> withNull = new LinkedHashSet<>(Arrays.asList("a", null));

        assertThatThrownBy(() -> new TypeRef<Set<String>>() {}.codec().encode(withNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a set stored in DynamoDB cannot hold null");
    }

    @Test
    void encode_setWithTwoElementsEqualInDynamoDb_isRejected() {
        Set<BigDecimal> decimals = new LinkedHashSet<>(List.of(new BigDecimal("1.0"), new BigDecimal("1.00")));
        Set<Double> zeros = new LinkedHashSet<>(List.of(0.0, -0.0));

        assertThatThrownBy(() -> new TypeRef<Set<BigDecimal>>() {}.codec().encode(decimals))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the set holds two elements that DynamoDB stores as one value: 1");
        assertThatThrownBy(() -> new TypeRef<Set<Double>>() {}.codec().encode(zeros))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stores as one value");
    }

    @Test
    void encode_setWithNaN_isRejected() {
        assertThatThrownBy(() -> new TypeRef<Set<Double>>() {}.codec().encode(Set.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NaN cannot be stored as a DynamoDB number");
    }

    @Test
    void decode_set_isLinkedHashSetInStoredOrder() {
        Object decoded = new TypeRef<Set<Long>>() {}.codec().decode(AttributeValue.fromNs(List.of("30", "1E+1", "20")));

        assertThat(decoded).isInstanceOf(LinkedHashSet.class);
        assertThat(new ArrayList<Object>((Set<?>) decoded)).containsExactly(30L, 10L, 20L);
    }

    @Test
    void decode_sortedSets_areTreeSets() {
        Object sorted = new TypeRef<SortedSet<String>>() {}.codec().decode(AttributeValue.fromSs(List.of("b", "c", "a")));
        Object navigable = new TypeRef<NavigableSet<Size>>() {}.codec()
                .decode(AttributeValue.fromSs(List.of("L", "S")));

        assertThat(sorted).isInstanceOf(TreeSet.class);
        assertThat(new ArrayList<Object>((Set<?>) sorted)).containsExactly("a", "b", "c");
        assertThat(new ArrayList<Object>((Set<?>) navigable)).containsExactly(Size.S, Size.L);
    }

    @Test
    void decode_stringSetWhereNumberSetExpected_isRejected() {
        assertThatThrownBy(() -> new TypeRef<Set<Integer>>() {}.codec().decode(AttributeValue.fromSs(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type NS (number set) for java.util.Set<java.lang.Integer>"
                        + " but found SS (string set)");
        assertThatThrownBy(() -> new TypeRef<Set<String>>() {}.codec().decode(AttributeValue.fromL(List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type SS (string set) for java.util.Set<java.lang.String>"
                        + " but found L (list)");
    }

    @Test
    void encode_map_isMWithNullForNullValues() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("b", 2);
        map.put("a", null);

        AttributeValue encoded = new TypeRef<Map<String, Integer>>() {}.codec().encode(map);

        assertThat(encoded).isEqualTo(AttributeValue.fromM(Map.of("b", AttributeValue.fromN("2"), "a", NULL)));
        assertThat(encoded.m().keySet()).containsExactly("b", "a");
    }

    @Test
    void decode_m_givesHashMapWithNulls() {
        // an M keeps no order in DynamoDB, so a Map field reads back as a plain HashMap
        Map<String, AttributeValue> stored = new LinkedHashMap<>();
        stored.put("z", AttributeValue.fromS("last"));
        stored.put("y", NULL);

        Object decoded = new TypeRef<Map<String, String>>() {}.codec().decode(AttributeValue.fromM(stored));

        assertThat(decoded).isExactlyInstanceOf(HashMap.class);
        Map<String, String> expected = new HashMap<>();
        expected.put("z", "last");
        expected.put("y", null);
        assertThat(decoded).isEqualTo(expected);
    }

    @Test
    void decode_sortedMap_isTreeMap() {
        Object decoded = new TypeRef<SortedMap<String, Boolean>>() {}.codec().decode(AttributeValue.fromM(Map.of(
                "b", AttributeValue.fromBool(true), "a", AttributeValue.fromBool(false))));

        assertThat(decoded).isInstanceOf(TreeMap.class);
        assertThat(new ArrayList<Object>(((Map<?, ?>) decoded).keySet())).containsExactly("a", "b");
    }

    @Test
    void mapsOfListsOfMaps_roundTrip() {
        Codec<Object> codec = new TypeRef<Map<String, List<Map<String, Double>>>>() {}.codec();
        Map<String, List<Map<String, Double>>> value = Map.of("k", List.of(Map.of("x", 1.5), Map.of()));

        AttributeValue encoded = codec.encode(value);

        assertThat(encoded).isEqualTo(AttributeValue.fromM(Map.of("k", AttributeValue.fromL(List.of(
                AttributeValue.fromM(Map.of("x", AttributeValue.fromN("1.5"))), AttributeValue.fromM(Map.of()))))));
        assertThat(codec.decode(encoded)).isEqualTo(value);
    }

    @Test
    void encode_mapWithNullKey_isRejected() {
        Map<String, String> map = new HashMap<>();
        map.put(null, "x");

        assertThatThrownBy(() -> new TypeRef<Map<String, String>>() {}.codec().encode(map))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a map stored in DynamoDB needs String keys, not null");
    }

    @Test
    void decode_stringWhereMapExpected_isRejected() {
        assertThatThrownBy(() -> new TypeRef<Map<String, String>>() {}.codec().decode(AttributeValue.fromS("{}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type M (map) for java.util.Map<java.lang.String, java.lang.String>"
                        + " but found S (string)");
    }

    @Test
    void decode_mapValueOfWrongType_namesTheKey() {
        AttributeValue stored = AttributeValue.fromM(Map.of("count", AttributeValue.fromS("x")));

        assertThatThrownBy(() -> new TypeRef<Map<String, Integer>>() {}.codec().decode(stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("map key \"count\": expected DynamoDB type N (number) for Integer but found S (string)");
    }

    @Test
    void wildcardExtends_usesItsBound() {
        Codec<Object> codec = new TypeRef<List<? extends Integer>>() {}.codec();

        assertThat(codec.encode(List.of(7))).isEqualTo(AttributeValue.fromL(List.of(AttributeValue.fromN("7"))));
    }
}
