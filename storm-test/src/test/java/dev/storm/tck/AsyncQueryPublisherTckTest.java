package dev.storm.tck;

import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import java.util.List;
import java.util.stream.IntStream;
import org.reactivestreams.Publisher;

/** The TCK's publisher rules for {@code AsyncQuerySet.publisher()}: a partition of 100 orders, read with a limit. */
public class AsyncQueryPublisherTckTest extends DynamoDbPublisherVerification<Order> {

    @Override
    void seed() {
        List<Order> orders = IntStream.range(0, MAX_ELEMENTS).mapToObj(i -> Order.of("tck", "o" + i, i)).toList();
        storm.manager(Order.class).bulkSave(orders);
    }

    @Override
    public Publisher<Order> createPublisher(long elements) {
        if (elements == 0) {
            return storm.manager(Order.class).async().using(Order_.userId.eq("nobody")).publisher();
        }
        return storm.manager(Order.class).async().using(Order_.userId.eq("tck")).limit((int) elements).publisher();
    }
}
