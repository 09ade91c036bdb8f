package dev.storm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.F;
import dev.storm.ItemCollection;
import dev.storm.JsonataTemplate;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.Page;
import dev.storm.QuerySet;
import dev.storm.test.StormTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The call sites of API.md, written as they stand there, run against DynamoDB Local. The module compiles with
 * -Xlint:all, so a signature that made any of them warn or fail to compile would show here.
 */
@StormTest(tablePerMethod = true)
class ApiContractTest {

    @Test
    void section3_managerAndInstanceMethods() {
        User u = User.objects.create(new User("user123", null, "a@b.c", "Ann", "a@b.c")); // fails if it exists
        User same = User.objects.get(User_.userId.eq("user123"));   // type falls back to "METADATA"
        assertThat(same).isEqualTo(u);
        assertThat(same.type()).isEqualTo("METADATA");
        assertThat(u.getPk()).isEqualTo("U#user123#USER");
        assertThat(u.getSk()).isEqualTo("T#METADATA");
        assertThat(u.getGsi1pk()).isEqualTo("E#a@b.c#USER");
        u.save();                       // put, overwriting
        assertThatThrownBy(() -> u.save(false)).isInstanceOf(ObjectAlreadyExistsException.class);
        User changed = u.update(User_.email.set("new@b.c"), User_.emailGsi.set("new@b.c"));  // returns the stored item
        assertThat(changed.email()).isEqualTo("new@b.c");
        assertThat(changed.getGsi1pk()).isEqualTo("E#new@b.c#USER");

        Counter c = Counter.objects.create(new Counter("visits", 41));
        Counter c2 = c.update(Counter_.hits.set(F.of(Counter_.hits).plus(1)));                 // atomic, server-side
        assertThat(c2.hits()).isEqualTo(42);

        u.delete();
        assertThatThrownBy(() -> User.objects.get(User_.userId.eq("user123")))
                .isInstanceOf(ObjectDoesNotExistException.class);
    }

    @Test
    void section4_querySets() {
        for (int n = 1; n <= 9; n++) {
            Order.objects.create(new Order("u1", "o" + n, 10.0 * n, "x"));
        }
        Order.objects.create(new Order("user123", "o1", 5, "y"));
        List<Order> orders = Order.objects.using(Order_.userId.eq("user123")).list();
        assertThat(orders).extracting(Order::orderId).containsExactly("o1");

        List<String> seen = new ArrayList<>();
        for (Order o : Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("o5"))
                .startingAfter(true).reverse().limit(20).filter(Order_.amount.gt(20))) {
            seen.add(o.orderId());
        }
        assertThat(seen).containsExactly("o4", "o3");

        QuerySet<Order> qs = Order.objects.using(Order_.userId.eq("u1"), Order_.emailGsi.eq("x"))
                .useIndex(true).consistent(false).only(Order_.orderId);
        QueryRequest dryRun = qs.toRequest();
        assertThat(dryRun.indexName()).isEqualTo("GSI1");
        assertThat(qs.list()).extracting(Order::orderId).hasSize(9).contains("o1", "o9");
    }

    @Test
    void section7_itemCollectionsSortKeyConditionsPagesAndCounts() {
        User.objects.create(new User("u1", null, "a@b.c", "Ann", "a@b.c"));
        for (int n = 1; n <= 5; n++) {
            Order.objects.create(new Order("u1", "2024-" + n, n, "x"));
        }
        Order.objects.create(new Order("u1", "2023-9", 1, "x"));

        ItemCollection.Items items = ItemCollection.of(User.class, Order.class)
                .using(User_.userId.eq("u1")).fetch();             // one Query, however many models
        Optional<User> user = items.first(User.class);
        List<Order> orders = items.of(Order.class);                  // each item decoded to its own model
        List<Object> all = items.all();                              // in sort-key order
        assertThat(user).map(User::email).contains("a@b.c");
        assertThat(orders).hasSize(6);
        assertThat(all).hasSize(7).last().isInstanceOf(User.class);

        assertThat(Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.beginsWith("2024-")).list())
                .extracting(Order::orderId).containsExactly("2024-1", "2024-2", "2024-3", "2024-4", "2024-5");

        List<String> paged = new ArrayList<>();
        String cursorOrNull = null;
        do {
            Page<Order> page = Order.objects.using(Order_.userId.eq("u1")).limit(4).page(cursorOrNull);
            page.items().forEach(o -> paged.add(o.orderId()));
            cursorOrNull = page.cursor();                           // opaque, URL-safe; null on the last page
        } while (cursorOrNull != null);
        assertThat(paged).containsExactly("2023-9", "2024-1", "2024-2", "2024-3", "2024-4", "2024-5");

        long n = Order.objects.using(Order_.userId.eq("u1")).count();
        assertThat(n).isEqualTo(6);
    }

    @Test
    void section9_jsonataTemplates() {
        JsonataTemplate<User> t = JsonataTemplate.of(User.class)
                .bind(User_.userId, "$states.input.userId");          // unbound fields default to $states.input.<attributeName>
        String putArgs = t.saveRequest(false);                          // JSON "Arguments" for arn:aws:states:::dynamodb:putItem
        String getArgs = t.getRequest();
        String delArgs = t.deleteRequest();
        String updArgs = t.updateRequest(User_.email.set("$states.input.email"));
        String queryArgs = t.queryRequest(qs -> qs.limit(10).reverse());
        // each key part is checked inside the expression, which fails the state on a missing, empty or #-holding part
        assertThat(putArgs).contains("'U#' & ($k := $states.input.userId; ", ") & '#USER'")
                .contains("\"{% $table_name %}\"");
        assertThat(getArgs).contains("'U#' & ($k := $states.input.userId; ", ") & '#USER'");
        assertThat(delArgs).contains("'U#' & ($k := $states.input.userId; ", ") & '#USER'");
        assertThat(updArgs).contains("$states.input.email");
        assertThat(queryArgs).contains("\"Limit\"").contains("\"ScanIndexForward\"");
        String named = t.updateRequest(User_.name.set(JsonataTemplate.literal("Ann")));   // text, not an expression
        assertThat(named).contains("($v0 := 'Ann'; ");
    }
}
