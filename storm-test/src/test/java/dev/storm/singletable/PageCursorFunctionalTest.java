package dev.storm.singletable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidCursorException;
import dev.storm.Model;
import dev.storm.Page;
import dev.storm.QuerySet;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages for APIs: a loop of page(cursor) calls sees every item once, and a cursor only continues its own query. */
@StormTest(indexCount = 2)
class PageCursorFunctionalTest {

    @BeforeAll
    static void seed() {
        ShopData.seed();
    }

    /** Every page of the query, following cursors the way a client of an API would, as strings. */
    private static <M extends Model<M>> List<Page<M>> allPages(QuerySet<M> query) {
        List<Page<M>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Page<M> page = query.page(cursor);
            pages.add(page);
            cursor = page.cursor();
            assertThat(pages).as("a page loop ends").hasSizeLessThan(50);
        } while (cursor != null);
        return pages;
    }

    private static <M> List<String> flatten(List<Page<M>> pages, Function<M, String> id) {
        return pages.stream().flatMap(p -> p.items().stream()).map(id).toList();
    }

    @Test
    void pageLoop_seesEveryItemOnce_inOrder() {
        List<Page<Order>> pages = allPages(Order.objects.using(Order_.customerId.eq("c1")).limit(5));

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(5, 5, 2);
        assertThat(flatten(pages, Order::orderId)).isEqualTo(ShopData.ids(1, 12));
        assertThat(pages.get(0).cursor()).matches("[A-Za-z0-9_-]+");
        assertThat(pages.get(2).cursor()).isNull();
        assertThat(pages.get(2).hasNext()).isFalse();
    }

    @Test
    void pageLoop_reversed_withARange_onAnIndex_seesEveryItemOnce() {
        List<Page<Order>> reversed = allPages(Order.objects.using(Order_.customerId.eq("c1")).reverse().limit(4));
        List<String> descending = new ArrayList<>(ShopData.ids(1, 12));
        Collections.reverse(descending);
        assertThat(flatten(reversed, Order::orderId)).isEqualTo(descending);

        List<Page<Order>> ranged = allPages(Order.objects.using(Order_.customerId.eq("c1"),
                Order_.placedOn.gt(LocalDate.of(2024, 3, 5))).limit(3));
        assertThat(flatten(ranged, Order::orderId)).isEqualTo(ShopData.ids(4, 12));

        List<Page<Order>> shipped = allPages(Order.objects.using(Order_.status.eq("SHIPPED")).useIndex(1).limit(2));
        assertThat(flatten(shipped, Order::orderId))
                .containsExactly("o02", "o04", "o06", "o14", "o08", "o10", "o12");
    }

    @Test
    void pageLoop_withAFilter_fillsEachPage() {
        List<Page<OrderLine>> pages = allPages(OrderLine.objects.using(OrderLine_.orderId.eq("o01"))
                .filter(OrderLine_.priceCents.ge(500)).limit(3));

        assertThat(flatten(pages, l -> Integer.toString(l.lineNo())))
                .containsExactly("5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(pages.get(0).items()).hasSize(3);
    }

    @Test
    void pageWithoutLimit_isOneResponse() {
        Page<Order> page = Order.objects.using(Order_.customerId.eq("c1")).page(null);

        assertThat(page.items()).hasSize(12);
        assertThat(page.cursor()).isNull();
    }

    @Test
    void pageLoop_withProjection_continuesOnTheTableAndOnAnIndex() {
        assertThat(flatten(allPages(Order.objects.using(Order_.customerId.eq("c1")).only(Order_.orderId).limit(5)),
                Order::orderId)).isEqualTo(ShopData.ids(1, 12));
        assertThat(flatten(allPages(Order.objects.using(Order_.status.eq("PENDING")).useIndex(1)
                .only(Order_.orderId).limit(2)), Order::orderId))
                .containsExactly("o01", "o13", "o03", "o05", "o07", "o09", "o11");
    }

    @Test
    void tamperedCursor_isInvalid_andNothingIsSent(DynamoDbLocal server, @TableName String table) {
        QuerySet<Order> query = Order.objects.using(Order_.customerId.eq("c1")).limit(5);
        String cursor = query.page(null).cursor();
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        bytes[4] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        try (RequestCounter requests = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> query.page(tampered)).isInstanceOf(InvalidCursorException.class)
                    .hasMessageContaining("Order query").hasMessageContaining("altered");
            assertThatThrownBy(() -> query.page("not a cursor!")).isInstanceOf(InvalidCursorException.class)
                    .hasMessageContaining("base64url");
            assertThatThrownBy(() -> query.page(cursor.substring(0, 10))).isInstanceOf(InvalidCursorException.class);
            assertThat(requests.requests()).isEmpty();
        }
    }

    @Test
    void cursorOfAnotherQueryOrModel_isInvalid_andNothingIsSent(DynamoDbLocal server, @TableName String table) {
        String c1Cursor = Order.objects.using(Order_.customerId.eq("c1")).limit(2).page(null).cursor();
        String addressCursor = Address.objects.using(Address_.customerId.eq("c1")).limit(1).page(null).cursor();

        try (RequestCounter requests = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> Order.objects.using(Order_.customerId.eq("c2")).limit(2).page(c1Cursor))
                    .isInstanceOf(InvalidCursorException.class).hasMessageContaining("another model or query");
            assertThatThrownBy(() -> Order.objects.using(Order_.customerId.eq("c1")).reverse().limit(2)
                    .page(c1Cursor)).isInstanceOf(InvalidCursorException.class);
            assertThatThrownBy(() -> Order.objects.using(Order_.customerId.eq("c1"))
                    .filter(Order_.status.eq("PENDING")).limit(2).page(c1Cursor))
                    .isInstanceOf(InvalidCursorException.class);
            assertThatThrownBy(() -> Order.objects.using(Order_.customerId.eq("c1")).limit(2).page(addressCursor))
                    .isInstanceOf(InvalidCursorException.class);
            assertThat(requests.requests()).isEmpty();
        }
    }

    @Test
    void cursor_survivesAChangeOfPageSize() {
        QuerySet<Order> orders = Order.objects.using(Order_.customerId.eq("c1"));
        Page<Order> first = orders.limit(3).page(null);
        Page<Order> rest = orders.limit(20).page(first.cursor());

        assertThat(rest.items()).extracting(Order::orderId).isEqualTo(ShopData.ids(4, 12));
        assertThat(rest.cursor()).isNull();
    }
}
