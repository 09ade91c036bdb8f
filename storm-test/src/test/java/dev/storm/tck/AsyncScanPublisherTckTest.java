package dev.storm.tck;

import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import java.util.List;
import java.util.stream.IntStream;
import org.reactivestreams.Publisher;

/**
 * The TCK's publisher rules for {@code AsyncScanSet.publisher()}: a table of 100 orders among users' items, scanned in
 * three segments with a limit.
 */
public class AsyncScanPublisherTckTest extends DynamoDbPublisherVerification<Order> {

    @Override
    void seed() {
        List<Order> orders = IntStream.range(0, MAX_ELEMENTS).mapToObj(i -> Order.of("u" + i % 7, "o" + i, i))
                .toList();
        storm.manager(Order.class).bulkSave(orders);
        storm.manager(User.class).bulkSave(IntStream.range(0, 7).mapToObj(i -> User.of("u" + i, "a@b.c")).toList());
    }

    @Override
    public Publisher<Order> createPublisher(long elements) {
        if (elements == 0) {
            return storm.manager(Order.class).async().all().filter(Order_.amount.lt(0)).publisher();
        }
        return storm.manager(Order.class).async().all().segments(3).limit((int) elements).publisher();
    }
}
