package dev.storm.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.internal.schema.ModelSchema;
import dev.storm.model.Order;
import dev.storm.model.Profile;
import dev.storm.model.TestModel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A scan keeps exactly the items whose keys have the model's shape, whatever the server-side filter let through. */
class ModelItemsTest {

    private static boolean matches(Class<?> model, String pk, String sk) {
        return ModelItems.matches(ModelSchema.of(model),
                Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)));
    }

    @Test
    void itemsWithTheModelsKeyShape_match() {
        assertThat(matches(Order.class, "U#u1#USER", "O#o1")).isTrue();
        assertThat(matches(Profile.class, "U#u1#USER", "USER")).isTrue();
        assertThat(matches(TestModel.class, "A#a#B#b#TestModel", "C#c#D#d")).isTrue();
    }

    @Test
    void itemsThatOnlyLookAlike_doNot() {
        assertThat(matches(Order.class, "U#u1#USER", "T#METADATA")).isFalse();
        assertThat(matches(Order.class, "U#USERS#X", "O#o1")).isFalse();
        assertThat(matches(Order.class, "U#u1#USER#X#USER", "O#o1")).isFalse();
        assertThat(matches(Order.class, "U#u1#USER", "O#o1#L#1")).isFalse();
        assertThat(matches(Profile.class, "U#u1#USER", "O#o1")).isFalse();
        assertThat(matches(TestModel.class, "A#a#X#b#TestModel", "C#c#D#d")).isFalse();
        assertThat(ModelItems.matches(ModelSchema.of(Order.class), Map.of("PK", AttributeValue.fromS("U#u1#USER"))))
                .isFalse();
    }
}
