package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.Attribute;
import dev.storm.InvalidModelException;
import dev.storm.ItemCollection;
import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.Transaction;
import dev.storm.functional.twins.Plain;
import dev.storm.functional.twins.PlainName;
import dev.storm.functional.twins.PlainName_;
import dev.storm.functional.twins.Plain_;
import dev.storm.processor.Apart;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Two models whose keys are composed alike would read and overwrite each other's items: the second one used on a
 * table is refused before it sends anything, unless it is declared a view of the first. Compiled together, the
 * processor refuses them already; so the careless twin here is compiled apart, as a model of another jar would be.
 */
@StormTest(tablePerMethod = true)
class KeyShapeFunctionalTest {

    /** Another package's model with the key shape of {@link Plain} (suffix ITEM, PK identifier I). */
    private static final String TWIN = """
            package com.other;

            import dev.storm.*;

            @Meta(suffix = "ITEM")
            public record Twin(@Field(pk = true, name = "item") String itemId, int count) implements Model<Twin> {
            }
            """;

    private static URLClassLoader jar;
    private static Twins twins;

    @BeforeAll
    static void compileTwinApart(@TempDir Path dir) throws Exception {
        jar = Apart.compile(dir, List.of(Map.of("com.other.Twin", TWIN)));
        twins = Twins.of(jar.loadClass("com.other.Twin"), jar.loadClass("com.other.Twin_"));
    }

    @AfterAll
    static void close() throws Exception {
        jar.close();
    }

    /** The twin's manager, its {@code itemId} attribute and constructor, reached by reflection. */
    private record Twins(Class<?> type, Manager<?> objects, Attribute<?, ?> itemId) {

        @SuppressWarnings({"unchecked", "rawtypes"})
        static Twins of(Class<?> type, Class<?> metamodel) throws ReflectiveOperationException {
            return new Twins(type, Manager.of((Class) type), (Attribute<?, ?>) metamodel.getField("itemId").get(null));
        }

        List<?> withId(String id) {
            return query(objects, itemId, id);
        }

        @SuppressWarnings("unchecked")
        private static <M extends Model<M>, V> List<M> query(Manager<?> objects, Attribute<?, ?> attribute, Object id) {
            return ((Manager<M>) objects).using(((Attribute<M, V>) attribute).eq((V) id)).list();
        }

        Model<?> twin(String id, int count) throws ReflectiveOperationException {
            return (Model<?>) type.getDeclaredConstructor(String.class, int.class).newInstance(id, count);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void saveInTransaction(Model<?> twin) {
            Transaction.atomic(tx -> tx.save((Model) twin));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        CompletableFuture<?> saveAsync(Model<?> twin) {
            return ((Manager) objects).async().save((Model) twin);
        }

        int count(Object twin) throws ReflectiveOperationException {
            return (int) type.getMethod("count").invoke(twin);
        }
    }

    @Test
    void aSecondModelOfTheSameKeyShape_isRefusedOnFirstUse_beforeAnyRequest(DynamoDbLocal local, DynamoDbClient client,
                                                                             @TableName String table)
            throws Exception {
        Plain.objects.create(new Plain("p1", "Ann", "s3cret"));
        List<Map<String, AttributeValue>> before = TableScan.items(client, table);

        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertThatThrownBy(() -> twins.withId("p1"))
                    .isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("com.other.Twin and " + Plain.class.getName() + " compose their keys alike")
                    .hasMessageContaining("PK I#*#ITEM, SK ITEM")
                    .hasMessageContaining("suffix \"ITEM\"").hasMessageContaining("PK identifiers [I]")
                    .hasMessageContaining("table " + table)
                    .hasMessageContaining("@Meta(viewOf = " + Plain.class.getName() + ".class) on com.other.Twin");
            Model<?> twin = twins.twin("p1", 7);
            assertThatThrownBy(twin::save).isInstanceOf(InvalidModelException.class);
            assertThatThrownBy(() -> twins.saveInTransaction(twin)).isInstanceOf(InvalidModelException.class);
            assertThatThrownBy(() -> twins.objects().all().list()).isInstanceOf(InvalidModelException.class);
            // the async twins fail their futures with the same refusal
            assertThatThrownBy(() -> twins.saveAsync(twin).join()).hasCauseInstanceOf(InvalidModelException.class);
            assertThatThrownBy(() -> twins.objects().async().all().list().join())
                    .hasCauseInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("com.other.Twin and " + Plain.class.getName() + " compose their keys alike");
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(TableScan.items(client, table)).isEqualTo(before);
        assertThat(Plain.objects.get(Plain_.id.eq("p1")).secret()).isEqualTo("s3cret");
    }

    @Test
    void aDeclaredView_readsAndUpdatesTheSameItems(DynamoDbClient client, @TableName String table) {
        Plain.objects.create(new Plain("p1", "Ann", "s3cret"));
        PlainName name = PlainName.objects.get(PlainName_.id.eq("p1"));
        assertThat(name.name()).isEqualTo("Ann");
        name.update(PlainName_.name.set("Bob"));
        Plain after = Plain.objects.get(Plain_.id.eq("p1"));
        assertThat(after.name()).isEqualTo("Bob");
        assertThat(after.secret()).isEqualTo("s3cret");
    }

    @Test
    void theSameShape_onAnotherTable_isNoClash(DynamoDbClient client, @TableName String table) throws Exception {
        twins.twin("t1", 3).save();
        List<?> found = twins.withId("t1");
        assertThat(found).hasSize(1);
        assertThat(twins.count(found.get(0))).isEqualTo(3);
        assertThat(TableScan.items(client, table)).hasSize(1);
    }

    @Test
    void anItemCollection_registersItsModels_soATwinUsedAfterwardsIsRefused(DynamoDbLocal local,
                                                                             DynamoDbClient client,
                                                                             @TableName String table) {
        Plain.objects.create(new Plain("p1", "Ann", "s3cret"));
        assertThat(ItemCollection.of(Plain.class).using(Plain_.id.eq("p1")).fetch().of(Plain.class))
                .extracting(Plain::secret).containsExactly("s3cret");

        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertThatThrownBy(() -> twins.withId("p1")).isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining("com.other.Twin and " + Plain.class.getName());
            assertThat(counter.requests()).isEmpty();
        }
    }

    @Test
    void anItemCollection_ofAModelATwinAlreadyUsesTheShapeOf_isRefusedBeforeAnyRequest(DynamoDbLocal local,
                                                                                        DynamoDbClient client,
                                                                                        @TableName String table)
            throws Exception {
        twins.twin("p1", 7).save();
        List<Map<String, AttributeValue>> before = TableScan.items(client, table);

        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertThatThrownBy(() -> ItemCollection.of(Plain.class).using(Plain_.id.eq("p1")).fetch())
                    .isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining(Plain.class.getName() + " and com.other.Twin compose their keys alike")
                    .hasMessageContaining("table " + table);
            assertThatThrownBy(() -> ItemCollection.of(Plain.class).using(Plain_.id.eq("p1")).stream().count())
                    .isInstanceOf(InvalidModelException.class);
            assertThatThrownBy(() -> ItemCollection.of(Plain.class).using(Plain_.id.eq("p1")).async().fetch().join())
                    .hasCauseInstanceOf(InvalidModelException.class)
                    .hasMessageContaining(Plain.class.getName() + " and com.other.Twin compose their keys alike");
            assertThatThrownBy(() -> ItemCollection.of(Plain.class).using(Plain_.id.eq("p1")).async().publisher())
                    .isInstanceOf(InvalidModelException.class);
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(TableScan.items(client, table)).isEqualTo(before);
    }
}
