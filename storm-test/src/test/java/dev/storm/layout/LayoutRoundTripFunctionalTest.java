package dev.storm.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ItemCollection;
import dev.storm.Page;
import dev.storm.Transaction;
import dev.storm.UniqueConstraintException;
import dev.storm.layout.seed.Account;
import dev.storm.layout.seed.Address;
import dev.storm.layout.seed.Metric;
import dev.storm.layout.seed.Metric_;
import dev.storm.layout.seed.Order;
import dev.storm.layout.seed.Order_;
import dev.storm.layout.seed.User;
import dev.storm.layout.seed.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Tables shared with STORM for Python 0.1 and 0.2 on DynamoDB Local: the items each writes, written raw attribute for
 * attribute, are read back by the Java models with their declared types, found by their queries and GSI1, and the
 * Java models write the very same items, sparse ones included.
 */
@StormTest(tablePerMethod = true)
class LayoutRoundTripFunctionalTest {

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    /** The seed README's user exactly as STORM for Python 0.1.1 writes it (floats go through Decimal(str(x))). */
    static Map<String, AttributeValue> pythonSeedUser() {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("PK", s("USER#U#user123#USER"));
        item.put("SK", s("T#METADATA"));
        item.put("GSI1PK", s("USER#E#test@example.com#USER"));
        item.put("user_id", s("user123"));
        item.put("type", s("METADATA"));
        item.put("email", s("test@example.com"));
        item.put("name", s("Test User"));
        item.put("email_gsi", s("test@example.com"));
        item.put("age", n("30"));
        item.put("score", n("12345678.0"));
        item.put("balance", n("2.5"));
        item.put("active", AttributeValue.fromBool(true));
        item.put("profile", AttributeValue.fromM(Map.of("city", s("Berlin"), "zip", n("10115"))));
        item.put("tags", AttributeValue.fromL(List.of(s("a"), s("b"))));
        item.put("roles", AttributeValue.fromSs(List.of("admin")));
        item.put("nickname", AttributeValue.fromNul(true));
        return item;
    }

    private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, String pk, String sk) {
        return client.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("PK", s(pk), "SK", s(sk))).consistentRead(true).build()).item();
    }

    private static List<Map<String, AttributeValue>> scan(DynamoDbClient client, String table, String index) {
        ScanRequest.Builder request = ScanRequest.builder().tableName(table);
        if (index != null) {
            request.indexName(index);
        }
        return client.scan(request.build()).items();
    }

    @Test
    void seedUser_savedByJava_isTheItemStormForPython01Writes(DynamoDbClient client, @TableName String table) {
        assertThat(User.objects.saveRequest(User.of("user123", "test@example.com"), true).item())
                .isEqualTo(pythonSeedUser());

        client.putItem(PutItemRequest.builder().tableName(table).item(pythonSeedUser()).build());
        Map<String, AttributeValue> writtenByPython = raw(client, table, "USER#U#user123#USER", "T#METADATA");
        client.deleteItem(b -> b.tableName(table).key(Map.of("PK", s("USER#U#user123#USER"), "SK", s("T#METADATA"))));
        User.objects.create(User.of("user123", "test@example.com"));

        assertThat(raw(client, table, "USER#U#user123#USER", "T#METADATA")).isEqualTo(writtenByPython);
        assertThat(scan(client, table, null)).hasSize(1);
    }

    @Test
    void itemsWrittenByPython01_areReadBackWithTheirDeclaredTypes_andFoundByQueriesAndGsi1(DynamoDbClient client,
                                                                                         @TableName String table) {
        client.putItem(PutItemRequest.builder().tableName(table).item(pythonSeedUser()).build());
        client.putItem(b -> b.tableName(table).item(Map.of("PK", s("ORDER#U#user123#ORDER"), "SK", s("O#order456"),
                "user_id", s("user123"), "order_id", s("order456"), "amount", n("99.99"), "status", s("NEW"))));
        client.putItem(b -> b.tableName(table).item(Map.of("PK", s("METRIC#N#cpu#METRIC"),
                "SK", s("L#12345678.0#A#True"), "GSI1PK", s("METRIC#C#3#METRIC"), "name", s("cpu"),
                "level", n("12345678.0"), "active", AttributeValue.fromBool(true), "count", n("3"))));

        User user = User.objects.get(User_.userId.eq("user123"));
        assertThat(user).isEqualTo(new User("user123", "METADATA", "test@example.com", "Test User",
                "test@example.com", 30, 12345678.0, new BigDecimal("2.5"), true,
                Map.of("city", "Berlin", "zip", 10115), List.of("a", "b"), Set.of("admin"), null));
        assertThat(User.objects.using(User_.emailGsi.eq("test@example.com")).useIndex(true).list())
                .containsExactly(user);
        assertThat(Order.objects.using(Order_.userId.eq("user123")).list())
                .containsExactly(new Order("user123", "order456", 99.99, "NEW"));
        Metric metric = Metric.objects.get(Metric_.name.eq("cpu"), Metric_.level.eq(12345678.0),
                Metric_.active.eq(true));
        assertThat(metric).isEqualTo(new Metric("cpu", 12345678.0, true, 3));
        assertThat(Metric.objects.using(Metric_.count.eq(3)).useIndex(true).list()).containsExactly(metric);

        metric.save();
        user.save();
        assertThat(scan(client, table, null)).as("read-modify-save writes no second item").hasSize(3);
        assertThat(raw(client, table, "METRIC#N#cpu#METRIC", "L#12345678.0#A#True")).containsEntry("GSI1PK",
                s("METRIC#C#3#METRIC"));
    }

    @Test
    void sparseItem_isOutOfGsi1_untilAnUpdatePutsItIn_andAnotherTakesItOut(DynamoDbClient client,
                                                                          @TableName String table) {
        User base = User.of("user123", "test@example.com");
        User sparse = new User("user123", null, "test@example.com", "Test User", null, 30, 1.0, BigDecimal.ONE,
                false, Map.of(), List.of(), Set.of("x"), null);
        sparse.save();
        new User("other", null, "o@example.com", "Other", "o@example.com", 1, 1.0, BigDecimal.ONE, false, Map.of(),
                List.of(), Set.of("x"), null).save();

        Map<String, AttributeValue> stored = raw(client, table, "USER#U#user123#USER", "T#METADATA");
        assertThat(stored).doesNotContainKey("GSI1PK").containsEntry("email_gsi", AttributeValue.fromNul(true));
        assertThat(sparse.getGsi1pk()).isNull();
        assertThat(User.objects.using(User_.emailGsi.eq("test@example.com")).useIndex(true).list()).isEmpty();
        assertThat(scan(client, table, "GSI1")).extracting(i -> i.get("user_id").s()).containsExactly("other");

        User indexed = sparse.update(User_.emailGsi.set(base.emailGsi()));
        assertThat(indexed.getGsi1pk()).isEqualTo("USER#E#test@example.com#USER");
        assertThat(raw(client, table, "USER#U#user123#USER", "T#METADATA"))
                .containsEntry("GSI1PK", s("USER#E#test@example.com#USER"));
        assertThat(User.objects.using(User_.emailGsi.eq("test@example.com")).useIndex(true).list())
                .containsExactly(indexed);

        User out = indexed.update(User_.emailGsi.remove());
        assertThat(out.emailGsi()).isNull();
        assertThat(raw(client, table, "USER#U#user123#USER", "T#METADATA")).doesNotContainKey("GSI1PK");
        assertThat(User.objects.using(User_.emailGsi.eq("test@example.com")).useIndex(true).list()).isEmpty();
        assertThat(scan(client, table, "GSI1")).extracting(i -> i.get("user_id").s()).containsExactly("other");
    }

    @Test
    void sparseItem_inTheModernLayout_isOutOfGsi1_untilAnUpdatePutsItIn(DynamoDbClient client,
                                                                       @TableName String table) {
        new ModernUser("u1", null, "a@b.c", null).save();

        assertThat(raw(client, table, "U#u1#USER", "T#METADATA")).doesNotContainKey("GSI1PK")
                .containsEntry("email_gsi", AttributeValue.fromNul(true));
        assertThat(scan(client, table, "GSI1")).isEmpty();

        ModernUser in = ModernUser.objects.get(ModernUser_.userId.eq("u1")).update(ModernUser_.emailGsi.set("a@b.c"));
        assertThat(raw(client, table, "U#u1#USER", "T#METADATA")).containsEntry("GSI1PK", s("E#a@b.c#USER"));
        assertThat(ModernUser.objects.using(ModernUser_.emailGsi.eq("a@b.c")).useIndex(true).list())
                .containsExactly(in);

        in.update(ModernUser_.emailGsi.remove());
        assertThat(scan(client, table, "GSI1")).isEmpty();
    }

    @Test
    void itemWrittenByPython02_isReadBackAndQueried_andJavaWritesTheSameItem(DynamoDbClient client,
                                                                           @TableName String table) {
        Map<String, AttributeValue> python = Map.of("PK", s("U#user123#USER"), "SK", s("T#METADATA"),
                "GSI1PK", s("E#test@example.com#USER"), "user_id", s("user123"), "type", s("METADATA"),
                "email", s("test@example.com"), "email_gsi", s("test@example.com"));
        client.putItem(b -> b.tableName(table).item(python));

        ModernUser user = ModernUser.objects.get(ModernUser_.userId.eq("user123"));
        assertThat(user).isEqualTo(new ModernUser("user123", "METADATA", "test@example.com", "test@example.com"));
        assertThat(ModernUser.objects.using(ModernUser_.emailGsi.eq("test@example.com")).useIndex(true).list())
                .containsExactly(user);
        assertThat(ModernUser.objects.saveRequest(user, true).item()).isEqualTo(python);
        user.save();
        assertThat(raw(client, table, "U#user123#USER", "T#METADATA")).isEqualTo(python);
        assertThat(scan(client, table, null)).hasSize(1);
    }

    @Test
    void bothLayouts_shareOneTable_asDistinctItems(DynamoDbClient client, @TableName String table) {
        User.of("user123", "test@example.com").save();
        new ModernUser("user123", null, "test@example.com", "test@example.com").save();

        assertThat(scan(client, table, null)).extracting(i -> i.get("PK").s())
                .containsExactlyInAnyOrder("USER#U#user123#USER", "U#user123#USER");
        assertThat(User.objects.get(User_.userId.eq("user123")).getPk()).isEqualTo("USER#U#user123#USER");
        assertThat(ModernUser.objects.get(ModernUser_.userId.eq("user123")).getPk()).isEqualTo("U#user123#USER");
        assertThat(User.objects.all().list()).hasSize(1);
        assertThat(ModernUser.objects.all().list()).hasSize(1);
    }

    @Test
    void collectionBulkTransactionAndCursors_writeAndReadTheLayoutsKeys(DynamoDbClient client,
                                                                       @TableName String table) {
        Transaction.atomic(tx -> {
            tx.create(User.of("user123", "test@example.com"));
            tx.create(new Address("user123", "home", "Berlin"));
        });
        Order.objects.bulkSave(List.of(new Order("user123", "o1", 1, "NEW"), new Order("user123", "o2", 2, "NEW"),
                new Order("user123", "o3", 3, "NEW")));

        assertThat(scan(client, table, null)).extracting(i -> i.get("PK").s() + " " + i.get("SK").s())
                .containsExactlyInAnyOrder("USER#U#user123#USER T#METADATA", "USER#U#user123#USER A#home",
                        "ORDER#U#user123#ORDER O#o1", "ORDER#U#user123#ORDER O#o2", "ORDER#U#user123#ORDER O#o3");
        ItemCollection.Items items = ItemCollection.of(User.class, Address.class)
                .using(User_.userId.eq("user123")).fetch();
        assertThat(items.of(Address.class)).containsExactly(new Address("user123", "home", "Berlin"));
        assertThat(items.first(User.class)).hasValueSatisfying(u -> assertThat(u.email()).isEqualTo("test@example.com"));
        assertThat(Order.objects.bulkGet(List.of(new Order("user123", "o2", 0, null))))
                .extracting(Order::amount).containsExactly(2.0);
        Page<Order> first = Order.objects.using(Order_.userId.eq("user123")).limit(2).page(null);
        Page<Order> second = Order.objects.using(Order_.userId.eq("user123")).limit(2).page(first.cursor());
        assertThat(first.items()).extracting(Order::orderId).containsExactly("o1", "o2");
        assertThat(second.items()).extracting(Order::orderId).containsExactly("o3");
        assertThat(Order.objects.using(Order_.userId.eq("user123"), Order_.orderId.eq("o1")).startingAfter(true)
                .list()).extracting(Order::orderId).containsExactly("o2", "o3");
        assertThat(Order.objects.using(Order_.userId.eq("user123"), Order_.orderId.beginsWith("o")).count())
                .isEqualTo(3);

        new Order("user123", "o2", 0, null).delete();
        assertThat(Order.objects.using(Order_.userId.eq("user123")).list()).extracting(Order::orderId)
                .containsExactly("o1", "o3");
    }

    @Test
    void uniquenessGuards_ownTheLayoutsKeys_andNameBooleansAsTheLayoutWritesThem(DynamoDbClient client,
                                                                                 @TableName String table) {
        Account.objects.create(new Account("a1", "ann@b.c", true));

        assertThat(raw(client, table, "UNIQUE#Account#email#ann@b.c", "UNIQUE#Account#email#ann@b.c"))
                .containsEntry("ownerPK", s("ACCOUNT#I#a1#ACCOUNT")).containsEntry("ownerSK", s("Account"));
        assertThat(raw(client, table, "UNIQUE#Account#primary#True", "UNIQUE#Account#primary#True"))
                .containsEntry("ownerPK", s("ACCOUNT#I#a1#ACCOUNT"));
        assertThatThrownBy(() -> Account.objects.create(new Account("a2", "bob@b.c", true)))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("primary");
        Account.objects.create(new Account("a3", "cat@b.c", null));
        assertThat(Account.objects.all().list()).extracting(Account::id).containsExactlyInAnyOrder("a1", "a3");
    }

    @Test
    void canonicalNumbers_aReadBackModelAddressesTheItemItCameFrom(DynamoDbClient client, @TableName String table) {
        Price written = new Price("p1", new BigDecimal("2.50"), 1e7, Map.of("xl", 1e7, "tiny", 0.0001));
        written.save();

        Price back = Price.objects.get(Price_.sku.eq("p1"), Price_.amount.eq(new BigDecimal("2.5")),
                Price_.weight.eq(1e7));
        assertThat(back.getSk()).isEqualTo("A#2.5#W#10000000.0").isEqualTo(written.getSk());
        assertThat(back.amount()).isEqualByComparingTo("2.50");
        assertThat(back.sizes()).isEqualTo(Map.of("xl", 1e7, "tiny", 0.0001));
        assertThat(back.toJson()).contains("10000000.0").doesNotContain("E7").doesNotContain("2.50");
        back.save();
        Price.objects.get(Price_.sku.eq("p1"), Price_.amount.eq(new BigDecimal("2.500")), Price_.weight.eq(1e7))
                .save();

        assertThat(scan(client, table, null)).hasSize(1).first()
                .satisfies(i -> assertThat(i.get("SK").s()).isEqualTo("A#2.5#W#10000000.0"));
    }
}
