package dev.storm.tck;

import dev.storm.functional.model.Order;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.reactivestreams.Publisher;

/**
 * The TCK's publisher rules for {@code AsyncItemCollection.publisher()}: for n elements, a partition holding a user
 * and n - 1 of its orders (an item collection has no limit), written when first asked for.
 */
public class AsyncCollectionPublisherTckTest extends DynamoDbPublisherVerification<Object> {

    private final Set<Long> seeded = ConcurrentHashMap.newKeySet();

    @Override
    void seed() {
    }

    @Override
    public Publisher<Object> createPublisher(long elements) {
        String user = "c" + elements;
        if (elements > 0 && seeded.add(elements)) {
            storm.manager(User.class).save(User.of(user, "a@b.c"));
            if (elements > 1) {
                storm.manager(Order.class).bulkSave(IntStream.range(1, (int) elements)
                        .mapToObj(i -> Order.of(user, "o" + i, i)).toList());
            }
        }
        return storm.itemCollection(User.class, Order.class).async().using(User_.userId.eq(user)).publisher();
    }
}
