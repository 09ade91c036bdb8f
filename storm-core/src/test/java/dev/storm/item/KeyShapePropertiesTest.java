package dev.storm.item;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ItemCollection;
import dev.storm.StreamDecoder;
import dev.storm.model.NoSort;
import dev.storm.model.Order;
import dev.storm.model.Profile;
import dev.storm.model.Suffixed;
import dev.storm.model.TestModel;
import dev.storm.model.User;
import dev.storm.stream.StreamRecords;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** For every key value, an item is recognised as the model that composed its keys, and as no other. */
class KeyShapePropertiesTest {

    private static final ItemCollection USER_PARTITION = ItemCollection.of(User.class, Order.class, Profile.class);

    @Provide
    Arbitrary<String> keyParts() {
        // key-part text: any character but the separator and lone surrogates, including identifiers and suffixes
        return Arbitraries.oneOf(Arbitraries.of("U", "T", "O", "USER", "METADATA", "A", "TestModel"),
                Arbitraries.strings().withCharRange('\u0000', '\u0022').withCharRange('\u0024', '\ud7ff')
                        .ofMinLength(1).ofMaxLength(12));
    }

    @Property
    void eachItemIsDecodedToTheModelThatWroteIt(@ForAll("keyParts") String a, @ForAll("keyParts") String b,
                                                @ForAll("keyParts") String c, @ForAll("keyParts") String d) {
        StreamDecoder decoder = StreamDecoder.of(User.class, Order.class, Profile.class, TestModel.class,
                Suffixed.class, NoSort.class);
        User user = new User(a, b, c, d, c);
        Order order = new Order(a, b, 1.5, c, null);
        Profile profile = new Profile(a, d);
        TestModel test = new TestModel(a, b, c, d, a, b, null);
        Suffixed suffixed = new Suffixed(a, b, c);
        assertThat(USER_PARTITION.decode(User.objects.toItem(user))).contains(user);
        assertThat(USER_PARTITION.decode(Order.objects.toItem(order))).contains(order);
        assertThat(USER_PARTITION.decode(Profile.objects.toItem(profile))).contains(profile);
        assertThat(USER_PARTITION.decode(TestModel.objects.toItem(test))).isEmpty();
        assertThat(USER_PARTITION.decode(Suffixed.objects.toItem(suffixed))).isEmpty();
        assertThat(modelOf(decoder, TestModel.objects.toItem(test))).isEqualTo(TestModel.class);
        assertThat(modelOf(decoder, Suffixed.objects.toItem(suffixed))).isEqualTo(Suffixed.class);
        assertThat(modelOf(decoder, User.objects.toItem(user))).isEqualTo(User.class);
        assertThat(modelOf(decoder, NoSort.objects.toItem(new NoSort(UUID.randomUUID(), a.length(),
                LocalDate.of(2024, 1, 2), NoSort.Color.RED, d)))).isEqualTo(NoSort.class);
    }

    private static Class<?> modelOf(StreamDecoder decoder, Map<String, AttributeValue> item) {
        return decoder.decode(StreamRecords.insert(item)).model().orElse(null);
    }
}
