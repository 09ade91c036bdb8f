package dev.storm.bench.flow;

import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.Order;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Orders written with BatchWriteItem by hand, as tightly as a careful developer would: encoded with the tight
 * hand-written codec straight into the requests, a duplicate key refused before anything is sent (DynamoDB refuses
 * a batch holding one), chunks of 25 sent by {@code concurrency} threads, unprocessed items sent again. Stateless.
 */
final class HandBatch {

    private static final int CHUNK = 25;

    private HandBatch() {
    }

    /** Writes every order; returns how many were written. */
    static int write(DynamoDbClient client, String table, List<Order> orders, int concurrency) {
        HandCodec codec = new HandCodec();
        List<List<WriteRequest>> chunks = new ArrayList<>(orders.size() / CHUNK + 1);
        Set<String> keys = new HashSet<>((int) (orders.size() / 0.75f) + 1);
        List<WriteRequest> chunk = new ArrayList<>(CHUNK);
        for (Order order : orders) {
            Map<String, AttributeValue> item = codec.toItem(order);
            if (!keys.add(item.get("PK").s() + '\n' + item.get("SK").s())) {
                throw new IllegalArgumentException("two orders with the key of " + order);
            }
            chunk.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            if (chunk.size() == CHUNK) {
                chunks.add(chunk);
                chunk = new ArrayList<>(CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        if (concurrency <= 1) {
            int written = 0;
            for (List<WriteRequest> c : chunks) {
                written += send(client, table, c);
            }
            return written;
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Integer>> sent = new ArrayList<>(chunks.size());
            for (List<WriteRequest> c : chunks) {
                sent.add(pool.submit(() -> send(client, table, c)));
            }
            int written = 0;
            for (Future<Integer> f : sent) {
                written += f.get();
            }
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int send(DynamoDbClient client, String table, List<WriteRequest> writes) {
        Map<String, List<WriteRequest>> pending = Map.of(table, writes);
        while (!pending.isEmpty()) {
            BatchWriteItemResponse response = client.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(pending).build());
            pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
        }
        return writes.size();
    }
}
