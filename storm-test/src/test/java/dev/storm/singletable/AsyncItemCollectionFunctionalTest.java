package dev.storm.singletable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storm.AsyncItemCollection;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidQueryException;
import dev.storm.InvalidValueException;
import dev.storm.ItemCollection;
import dev.storm.Storm;
import dev.storm.support.RecordingSubscriber;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The async twin of an item collection against DynamoDB Local: the same Query, the same items decoded into the same
 * models as the blocking fetch, on the table and on an index, and as a lazy publisher.
 */
@StormTest(indexCount = 2)
class AsyncItemCollectionFunctionalTest {

    @BeforeAll
    static void seed() {
        ShopData.seed();
    }

    @Test
    void fetch_isTheBlockingFetch_oneQuery_eachItemInItsOwnModel(DynamoDbLocal server, @TableName String table) {
        ItemCollection blocking = ItemCollection.of(Customer.class, Address.class, Order.class, Session.class)
                .using(Customer_.customerId.eq("c1"));
        try (RequestCounter requests = new RequestCounter(server, table)) {
            ItemCollection.Items items = blocking.async().fetch().join();

            assertThat(requests.requests()).hasSize(1).allMatch(r -> r instanceof QueryRequest);
            assertThat(requests.requests().get(0)).isEqualTo(blocking.toRequest());
            assertThat(items.all()).isEqualTo(blocking.fetch().all());
            assertThat(items.first(Customer.class)).get().extracting(Customer::name).isEqualTo("Ann");
            assertThat(items.of(Address.class)).extracting(Address::label).containsExactly("home", "work");
            assertThat(items.of(Order.class)).extracting(Order::orderId).isEqualTo(ShopData.ids(1, 12));
            assertThat(items.of(Session.class)).extracting(Session::token).containsExactly("live");
        }
    }

    @Test
    void theOptions_andAnIndex_readAsTheBlockingCollection() {
        AsyncItemCollection lines = ItemCollection.onIndex(2, Order.class, OrderLine.class).async()
                .using(OrderLine_.orderId.eq("o01"));
        ItemCollection.Items items = lines.fetch().join();
        assertThat(items.first(Order.class)).get().extracting(Order::totalCents).isEqualTo(1000L);
        assertThat(items.of(OrderLine.class)).extracting(OrderLine::lineNo)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(lines.reverse().fetch().join().of(OrderLine.class)).extracting(OrderLine::lineNo)
                .startsWith(12, 11);
        ItemCollection two = ItemCollection.of(Customer.class, Address.class).using(Address_.customerId.eq("c2"));
        assertThat(two.async().consistent(true).fetch().join().all()).isEqualTo(two.fetch().all()).hasSize(2);
        assertThat(two.async().consistent(true).toRequest()).isEqualTo(two.consistent(true).toRequest());
    }

    @Test
    void publisher_givesTheItemsInSortKeyOrder_onlyWhenAskedFor(DynamoDbLocal server, @TableName String table) {
        ItemCollection customer = ItemCollection.of(Customer.class, Address.class, Order.class, Session.class)
                .using(Customer_.customerId.eq("c1"));
        try (RequestCounter requests = new RequestCounter(server, table)) {
            Publisher<Object> publisher = customer.async().publisher();
            RecordingSubscriber<Object> subscriber = new RecordingSubscriber<>();
            publisher.subscribe(subscriber);
            assertThat(requests.requests()).isEmpty();

            subscriber.request(3);
            while (subscriber.items.size() < 3) {
                Thread.onSpinWait();
            }
            assertThat(subscriber.done).isNotDone();
            subscriber.request(Long.MAX_VALUE);
            subscriber.done.join();
            assertThat(subscriber.items).isEqualTo(customer.fetch().all());
        }
    }

    @Test
    void badKeyValues_failTheFuture_andSendNothing(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            CompletableFuture<ItemCollection.Items> missingKey = ItemCollection.of(Customer.class, Address.class)
                    .async().fetch();
            Throwable thrown = catchThrowable(missingKey::join);
            assertThat(thrown).isInstanceOf(CompletionException.class);
            assertThat(thrown.getCause()).isInstanceOf(InvalidKeyException.class)
                    .hasMessageContaining("needs a value for");

            CompletableFuture<ItemCollection.Items> range = ItemCollection.of(Customer.class, Address.class)
                    .async().using(Customer_.customerId.gt("c1")).fetch();
            assertThat(catchThrowable(range::join).getCause()).isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("takes equality conditions");

            assertThatThrownBy(() -> ItemCollection.onIndex(2, Order.class, OrderLine.class).async()
                    .using(OrderLine_.orderId.eq("o01")).consistent(true).publisher())
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("cannot be read consistently");
            assertThat(requests.requests()).isEmpty();
        }
    }

    @Test
    void aStormsCollection_readsOnItsAsyncClient_andNeedsOne(DynamoDbClient client, DynamoDbAsyncClient asyncClient,
                                                            @TableName String table) {
        Storm withAsync = Storm.builder().client(client).asyncClient(asyncClient).tableName(table).build();
        assertThat(withAsync.itemCollection(Customer.class, Address.class).async()
                .using(Customer_.customerId.eq("c2")).fetch().join().all()).hasSize(2);

        Storm blockingOnly = Storm.builder().client(client).tableName(table).build();
        assertThatThrownBy(() -> blockingOnly.itemCollection(Customer.class, Address.class).async())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("storm.itemCollection(...).async() needs an async client");
    }
}
