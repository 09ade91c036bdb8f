package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class RecordCodecTest {

    record Address(String street, @Field(name = "zip_code") Integer zip, int floor) {
    }

    record Customer(String name, Address home, List<Address> others, Map<String, Address> byLabel) {
    }

    record Node(String label, List<Node> children) {
    }

    record Left(String name, Right right) {
    }

    record Right(int value, List<Left> lefts) {
    }

    record Clash(String a, @Field(name = "a") String b) {
    }

    record Positive(int value) {
        Positive {
            if (value <= 0) {
                throw new IllegalStateException("value must be positive, was " + value);
            }
        }
    }

    private record Hidden(String secret) {
    }

    record HoldsThread(Thread anything) {
    }

    private static final AttributeValue NULL = AttributeValue.fromNul(true);

    private static Codec<Object> codec(Class<?> type) {
        return Codecs.forType(type);
    }

    @Test
    void encode_record_isMKeyedByComponentOrFieldName() {
        AttributeValue encoded = codec(Address.class).encode(new Address("Main St", 12345, 3));

        assertThat(encoded).isEqualTo(AttributeValue.fromM(Map.of(
                "street", AttributeValue.fromS("Main St"),
                "zip_code", AttributeValue.fromN("12345"),
                "floor", AttributeValue.fromN("3"))));
        assertThat(encoded.m().keySet()).containsExactly("street", "zip_code", "floor");
    }

    @Test
    void encode_nullComponents_areNullAttributes() {
        AttributeValue encoded = codec(Address.class).encode(new Address(null, null, 0));

        assertThat(encoded.m()).containsEntry("street", NULL).containsEntry("zip_code", NULL)
                .containsEntry("floor", AttributeValue.fromN("0"));
    }

    @Test
    void decode_missingOrNullComponents_giveNullOrPrimitiveZero() {
        Object decoded = codec(Address.class).decode(AttributeValue.fromM(Map.of("zip_code", NULL)));

        assertThat(decoded).isEqualTo(new Address(null, null, 0));
    }

    @Test
    void decode_ignoresAttributesTheRecordDoesNotDeclare() {
        Object decoded = codec(Address.class).decode(AttributeValue.fromM(Map.of(
                "street", AttributeValue.fromS("Elm"), "zip", AttributeValue.fromN("1"),
                "color", AttributeValue.fromS("red"))));

        assertThat(decoded).isEqualTo(new Address("Elm", null, 0));
    }

    @Test
    void nestedRecordsInListsAndMaps_roundTrip() {
        Map<String, Address> byLabel = new LinkedHashMap<>();
        byLabel.put("work", new Address("Dock", 2, -1));
        byLabel.put("none", null);
        Customer customer = new Customer("Ann", new Address("Main", 1, 0), List.of(new Address("Side", null, 2)),
                byLabel);

        AttributeValue encoded = codec(Customer.class).encode(customer);

        assertThat(encoded.m().get("home")).isEqualTo(codec(Address.class).encode(new Address("Main", 1, 0)));
        assertThat(encoded.m().get("byLabel").m()).containsEntry("none", NULL);
        assertThat(codec(Customer.class).decode(encoded)).isEqualTo(customer);
    }

    @Test
    void recursiveRecord_buildsAndRoundTrips() {
        Node tree = new Node("root", List.of(new Node("a", List.of(new Node("a1", List.of()))), new Node("b", null)));

        AttributeValue encoded = codec(Node.class).encode(tree);

        assertThat(encoded.m().get("children").l().get(1).m().get("children")).isEqualTo(NULL);
        assertThat(codec(Node.class).decode(encoded)).isEqualTo(tree);
    }

    @Test
    void mutuallyRecursiveRecords_buildAndRoundTrip() {
        Left value = new Left("l", new Right(1, List.of(new Left("inner", new Right(2, List.of())))));

        assertThat(codec(Left.class).decode(codec(Left.class).encode(value))).isEqualTo(value);
        assertThat(codec(Right.class).decode(codec(Right.class).encode(value.right()))).isEqualTo(value.right());
    }

    @Test
    void nonPublicRecord_isMapped() {
        assertThat(codec(Hidden.class).decode(codec(Hidden.class).encode(new Hidden("s")))).isEqualTo(new Hidden("s"));
    }

    @Test
    void decode_componentOfWrongType_namesTheComponent() {
        AttributeValue stored = AttributeValue.fromM(Map.of("zip_code", AttributeValue.fromS("12345")));

        assertThatThrownBy(() -> codec(Address.class).decode(stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dev.storm.internal.codec.RecordCodecTest$Address.zip: expected DynamoDB type N (number)"
                        + " for Integer but found S (string)");
    }

    @Test
    void decode_listWhereRecordExpected_isRejected() {
        assertThatThrownBy(() -> codec(Address.class).decode(AttributeValue.fromL(List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected DynamoDB type M (map) for dev.storm.internal.codec.RecordCodecTest$Address"
                        + " but found L (list)");
    }

    @Test
    void encode_componentDynamoDbCannotHold_namesTheComponent() {
        Node bad = new Node("\uD800", List.of());

        assertThatThrownBy(() -> codec(Node.class).encode(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dev.storm.internal.codec.RecordCodecTest$Node.label: the string has an unpaired");
    }

    @Test
    void decode_valuesTheConstructorRefuses_isRejectedNamingTheRecord() {
        AttributeValue stored = AttributeValue.fromM(Map.of("value", AttributeValue.fromN("-1")));

        assertThatThrownBy(() -> codec(Positive.class).decode(stored))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the constructor of dev.storm.internal.codec.RecordCodecTest$Positive refused the stored"
                        + " values: value must be positive, was -1")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoComponentsWithOneAttributeName_areRejected() {
        assertThatThrownBy(() -> codec(Clash.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record dev.storm.internal.codec.RecordCodecTest$Clash has two components stored as \"a\"");
    }


    @Test
    void recordWithUnsupportedComponent_isRejectedNamingTheComponent() {
        assertThatThrownBy(() -> codec(HoldsThread.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("component dev.storm.internal.codec.RecordCodecTest$HoldsThread.anything:"
                        + " java.lang.Thread is not supported: nested values must be records,"
                        + " or lists, sets or maps of supported types");
    }
}
