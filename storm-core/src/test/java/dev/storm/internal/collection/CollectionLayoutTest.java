package dev.storm.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidQueryException;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.model.Order;
import dev.storm.model.Profile;
import dev.storm.model.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Telling the items of one partition apart by the identifiers in their sort keys. */
class CollectionLayoutTest {

    private static final CollectionLayout USERS = CollectionLayout.of(
            List.of(ModelSchema.of(User.class), ModelSchema.of(Order.class), ModelSchema.of(Profile.class)), 0);

    private static ModelSchema<?> modelOf(String sk) {
        return USERS.modelOf(Map.of("PK", AttributeValue.fromS("U#u1#USER"), "SK", AttributeValue.fromS(sk)));
    }

    @Test
    void eachSortKeyShape_namesItsModel() {
        assertThat(modelOf("T#METADATA")).isEqualTo(ModelSchema.of(User.class));
        assertThat(modelOf("O#2024-0001")).isEqualTo(ModelSchema.of(Order.class));
        assertThat(modelOf("USER")).isEqualTo(ModelSchema.of(Profile.class));
    }

    @Test
    void keysOfOtherShapes_belongToNoModel() {
        assertThat(modelOf("X#1")).isNull();
        assertThat(modelOf("O#1#L#2")).isNull();
        assertThat(modelOf("O#1#L")).isNull();
        assertThat(modelOf("OTHER")).isNull();
        assertThat(USERS.modelOf(Map.of("PK", AttributeValue.fromS("U#u1#USER")))).isNull();
    }

    @Test
    void twoModelsWithoutSortKeyFields_cannotShareACollection() {
        assertThatThrownBy(() -> CollectionLayout.of(List.of(ModelSchema.of(Profile.class),
                ModelSchema.of(ProfileCopy.class)), 0))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Profile and ProfileCopy cannot share an item collection")
                .hasMessageContaining("USER (their suffix)").hasMessageContaining("give one of them a sort-key field");
    }
}
