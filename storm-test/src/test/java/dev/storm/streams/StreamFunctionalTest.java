package dev.storm.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.Change;
import dev.storm.ChangeType;
import dev.storm.ConnectionManager;
import dev.storm.StreamDecoder;
import dev.storm.StreamRecordException;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.functional.model.Account;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.TableStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Writes through STORM on DynamoDB Local tables with streams enabled, read back with {@link DynamoDbStreamsClient}
 * and decoded into the models that wrote them, for every stream view type.
 */
class StreamFunctionalTest {

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static DynamoDbStreamsClient streams;

    @BeforeAll
    static void openStreams() {
        streams = DynamoDbLocal.shared().newStreamsClient(b -> { });
    }

    @AfterAll
    static void closeStreams() {
        streams.close();
    }

    private static String table(StreamViewType view) {
        String name = "storm_streams_" + view + "_" + TABLES.incrementAndGet();
        DynamoDbClient client = DynamoDbLocal.shared().client();
        client.createTable(TableStream.enabled(TableDefinition.standard(name), view));
        client.waiter().waitUntilTableExists(d -> d.tableName(name));
        return name;
    }

    private static List<Record> written(String table, Runnable writes) {
        DynamoDbClient client = DynamoDbLocal.shared().client();
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            writes.run();
        }
        List<Record> records = TableStream.of(client, streams, table).readAll();
        client.deleteTable(d -> d.tableName(table));
        return records;
    }

    @Test
    void createUpdateSaveAndDelete_decodeToTheModelsThatWroteThem() {
        String table = table(StreamViewType.NEW_AND_OLD_IMAGES);
        User[] users = new User[2];
        Order[] orders = new Order[2];
        List<Record> records = written(table, () -> {
            users[0] = User.objects.create(User.of("u1", "a@b.c"));
            orders[0] = Order.objects.create(Order.of("u1", "o1", 12.5));
            orders[1] = Order.objects.update(orders[0], Order_.status.set("PAID"));
            users[1] = new User("u1", null, "new@b.c", "Ann", "new@b.c", 3);
            users[1].save();
            Order.objects.delete(orders[1]);
            User.objects.delete(User.objects.get(User_.userId.eq("u1")));
        });

        List<Change> changes = StreamDecoder.of(User.class, Order.class).decode(records);

        assertThat(changes).extracting(Change::type).containsExactly(ChangeType.INSERT, ChangeType.INSERT,
                ChangeType.MODIFY, ChangeType.MODIFY, ChangeType.REMOVE, ChangeType.REMOVE);
        assertThat(changes).extracting(c -> (Object) c.model().orElseThrow())
                .containsExactly(User.class, Order.class, Order.class, User.class, Order.class, User.class);
        assertThat(changes.get(0).newImage(User.class)).contains(users[0]);
        assertThat(changes.get(0).oldImage(User.class)).isEmpty();
        assertThat(changes.get(1).newImage(Order.class)).contains(orders[0]);
        assertThat(changes.get(2).oldImage(Order.class)).contains(orders[0]);
        assertThat(changes.get(2).newImage(Order.class)).contains(orders[1]);
        assertThat(orders[1].status()).isEqualTo("PAID");
        assertThat(changes.get(3).oldImage(User.class)).contains(users[0]);
        assertThat(changes.get(3).newImage(User.class)).contains(users[1]);
        assertThat(changes.get(4).oldImage(Order.class)).contains(orders[1]);
        assertThat(changes.get(4).newImage(Order.class)).isEmpty();
        assertThat(changes.get(5).oldImage(User.class)).contains(users[1]);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.viewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
            assertThat(c.isTtlExpiry()).isFalse();
            assertThat(c.approximateCreationTime()).isNotNull();
        });
        assertThat(changes.get(1).keys()).containsEntry("PK", AttributeValue.fromS("U#u1#USER"))
                .containsEntry("SK", AttributeValue.fromS("O#o1")).hasSize(2);
    }

    @Test
    void itemsOfModelsOutsideTheDecoder_andUniquenessGuards_comeWithoutModel() {
        String table = table(StreamViewType.NEW_AND_OLD_IMAGES);
        List<Record> records = written(table, () -> {
            Account.objects.create(new Account("a1", "a@b.c", "OPEN", null));
            Order.objects.create(Order.of("u1", "o1", 1));
        });

        List<Change> changes = StreamDecoder.of(User.class, Order.class).decode(records);

        assertThat(changes).hasSize(3);
        List<Change> unknown = changes.stream().filter(c -> c.model().isEmpty()).toList();
        assertThat(unknown).hasSize(2).allSatisfy(c -> {
            assertThat(c.type()).isEqualTo(ChangeType.INSERT);
            assertThat(c.newImage()).isEmpty();
            assertThat(c.rawNewImage()).containsKeys("PK", "SK");
        });
        assertThat(unknown).extracting(c -> c.keys().get("PK").s())
                .containsExactlyInAnyOrder("A#a1#Account", "UNIQUE#Account#email#a@b.c");
        Change account = StreamDecoder.of(Account.class).decode(records).stream()
                .filter(c -> c.is(Account.class)).findFirst().orElseThrow();
        assertThat(account.newImage(Account.class)).contains(new Account("a1", "a@b.c", "OPEN", 1));
    }

    @ParameterizedTest
    @EnumSource(value = StreamViewType.class, names = {"KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE"})
    void everyViewType_givesTheModel_andTheImagesItRecords(StreamViewType view) {
        String table = table(view);
        Order open = Order.of("u1", "o1", 12.5);
        Order[] paid = new Order[1];
        List<Record> records = written(table, () -> {
            Order.objects.create(open);
            paid[0] = Order.objects.update(open, Order_.status.set("PAID"));
            Order.objects.delete(paid[0]);
        });

        List<Change> changes = StreamDecoder.of(User.class, Order.class).decode(records);

        assertThat(changes).extracting(Change::type)
                .containsExactly(ChangeType.INSERT, ChangeType.MODIFY, ChangeType.REMOVE);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.model()).contains(Order.class);
            assertThat(c.viewType()).isEqualTo(view);
            assertThat(c.keys()).containsEntry("SK", AttributeValue.fromS("O#o1"));
        });
        Change modify = changes.get(1);
        switch (view) {
            case KEYS_ONLY -> {
                assertThatThrownBy(() -> modify.newImage(Order.class)).isInstanceOf(StreamRecordException.class)
                        .hasMessageContaining("KEYS_ONLY");
                assertThatThrownBy(() -> modify.oldImage(Order.class)).isInstanceOf(StreamRecordException.class);
                assertThat(modify.rawNewImage()).isEmpty();
            }
            case NEW_IMAGE -> {
                assertThat(changes.get(0).newImage(Order.class)).contains(open);
                assertThat(modify.newImage(Order.class)).contains(paid[0]);
                assertThat(changes.get(2).newImage(Order.class)).isEmpty();
                assertThatThrownBy(() -> modify.oldImage(Order.class)).isInstanceOf(StreamRecordException.class)
                        .hasMessageContaining("NEW_IMAGE");
            }
            case OLD_IMAGE -> {
                assertThat(changes.get(0).oldImage(Order.class)).isEmpty();
                assertThat(modify.oldImage(Order.class)).contains(open);
                assertThat(changes.get(2).oldImage(Order.class)).contains(paid[0]);
                assertThatThrownBy(() -> modify.newImage(Order.class)).isInstanceOf(StreamRecordException.class)
                        .hasMessageContaining("OLD_IMAGE");
            }
            default -> throw new AssertionError(view);
        }
    }
}
