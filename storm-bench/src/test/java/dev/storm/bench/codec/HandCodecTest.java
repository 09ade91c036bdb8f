package dev.storm.bench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.StormException;
import dev.storm.internal.schema.ModelSchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The tight hand-written codec is a fair limit only if it does STORM's work: it writes the identical item, reads
 * the identical order, and refuses what STORM refuses.
 */
class HandCodecTest {

    private final ModelSchema<Order> storm = ModelSchema.of(Order.class);
    private final HandCodec hand = new HandCodec();

    @Test
    void writesAndReadsTheItemStormWrites_forManyOrders() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            Order order = order(random, i);

            Map<String, AttributeValue> item = hand.toItem(order);

            assertThat(item).as("order %s", order).isEqualTo(storm.toItem(order));
            assertThat(hand.fromItem(item)).isEqualTo(order).isEqualTo(storm.fromItem(item));
        }
    }

    @Test
    void nullFields_areNullAttributes_asStormWritesThem() {
        Order order = new Order("c", "o", null, 0, 0.0, null, null, null, null, null);

        Map<String, AttributeValue> item = hand.toItem(order);

        assertThat(item).isEqualTo(storm.toItem(order));
        assertThat(item.get("email").nul()).isTrue();
        assertThat(hand.fromItem(item)).isEqualTo(order);
    }

    @Test
    void refusesWhatStormRefuses() {
        Order base = Samples.order("c", 1);
        List<Order> bad = List.of(
                with(base, "c#1", base.email(), base.amount()),
                with(base, "", base.email(), base.amount()),
                with(base, "c", "bad \uD800 text", base.amount()),
                with(base, "c", base.email(), Double.NaN),
                with(base, "c", base.email(), Double.POSITIVE_INFINITY),
                with(base, "c", base.email(), 1e200),
                withAttributes(base, Map.of("", "x")),
                withAttributes(base, Map.of("k\uDC00", "x")),
                withAttributes(base, Map.of("k", "x\uD800")),
                new Order(base.customerId(), base.orderId(), base.email(), base.quantity(), base.amount(),
                        base.status(), base.createdAt(), List.of("a", "\uD800"), base.attributes(), base.shipTo()),
                new Order(base.customerId(), base.orderId(), base.email(), base.quantity(), base.amount(),
                        base.status(), base.createdAt(), base.tags(), base.attributes(),
                        new Order.Address("1 Main", "\uDC00", "1")));
        for (Order order : bad) {
            assertThatThrownBy(() -> storm.toItem(order)).as("STORM, %s", order).isInstanceOf(StormException.class);
            assertThatThrownBy(() -> hand.toItem(order)).as("hand, %s", order)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Order withAttributes(Order o, Map<String, String> attributes) {
        return new Order(o.customerId(), o.orderId(), o.email(), o.quantity(), o.amount(), o.status(), o.createdAt(),
                o.tags(), attributes, o.shipTo());
    }

    @Test
    void refusesAttributesOfTheWrongType_asStormDoes() {
        Map<String, AttributeValue> item = new HashMap<>(hand.toItem(Samples.order("c", 1)));
        item.put("quantity", AttributeValue.fromS("3"));

        assertThatThrownBy(() -> storm.fromItem(item)).isInstanceOf(StormException.class);
        assertThatThrownBy(() -> hand.fromItem(item)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isoTime_agreesWithTheJdk_forInstantsOfEveryShape() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long second = random.nextLong(-100_000_000_000L, 300_000_000_000L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nano);

            String text = IsoTime.format(instant);

            assertThat(text).isEqualTo(instant.toString());
            assertThat(IsoTime.parse(text)).isEqualTo(instant);
        }
    }

    private static Order with(Order o, String customerId, String email, double amount) {
        return new Order(customerId, o.orderId(), email, o.quantity(), amount, o.status(), o.createdAt(), o.tags(),
                o.attributes(), o.shipTo());
    }

    private static Order order(Random random, int i) {
        Map<String, String> attributes = new HashMap<>();
        for (int a = random.nextInt(4); a > 0; a--) {
            attributes.put("k" + random.nextInt(100), "v\u00e9\uD83D\uDE00" + a);
        }
        List<String> tags = new ArrayList<>(Arrays.asList("x", "y\u00fc").subList(0, random.nextInt(3)));
        Instant created = Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(4) * 250_000_000);
        return new Order("c-" + random.nextInt(1000), "o-" + i, "e" + i + "@example.com", random.nextInt(),
                random.nextInt(5) == 0 ? 0.0 : random.nextDouble() * 1e6 - 5e5,
                Order.Status.values()[random.nextInt(3)], created, tags, attributes,
                new Order.Address("s" + i, "city", "z" + i));
    }
}
