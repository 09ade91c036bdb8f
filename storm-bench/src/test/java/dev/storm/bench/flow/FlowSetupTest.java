package dev.storm.bench.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.TableDefinition;
import dev.storm.bench.ChildJvm;
import dev.storm.bench.Comparison;
import dev.storm.bench.codec.Order;
import dev.storm.bench.layer.StubClient;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Each flow benchmark's setup works end to end at a tiny size, so the benchmarks cannot rot between runs: the sides
 * do the same work, and the child JVMs start with this classpath and report what they measured.
 */
@StormTest
class FlowSetupTest {

    @Test
    void bulk_everySideStoresEveryOrder(DynamoDbClient client, @TableName String table) {
        List<Order> orders = BulkComparison.orders("setup", 60);
        for (String side : List.of("bulk", "hand", "one-by-one")) {
            String stored = table + "_" + side.replace('-', '_');
            TableDefinition.create(client, stored);
            BulkComparison bench = new BulkComparison(client, stored);

            long written = switch (side) {
                case "bulk" -> bench.bulk(orders, dev.storm.BulkOptions.defaults());
                case "hand" -> bench.hand(orders, 4);
                default -> bench.oneByOne(orders);
            };

            assertThat(written).as(side).isEqualTo(60);
            assertThat(client.scan(b -> b.tableName(stored)).items()).as(side).hasSize(60)
                    .allSatisfy(item -> assertThat(item).hasSize(12));
        }
    }

    @Test
    void bulkCpu_everySideSendsEveryOrderToTheStub() {
        StubClient stub = new StubClient(List.of(), 1);
        BulkComparison bench = new BulkComparison(stub, "stub");
        List<Order> orders = BulkComparison.orders("cpu", BulkComparison.CPU_BATCH);

        bench.bulk(orders, dev.storm.BulkOptions.defaults().withConcurrency(1));
        bench.hand(orders, 1);
        bench.oneByOne(orders);

        assertThat(stub.written()).isEqualTo(3L * BulkComparison.CPU_BATCH);
        assertThat(BulkComparison.cpu(Duration.ZERO, 2, Duration.ofMillis(1))).extracting(Comparison::name)
                .containsExactly("bulk-cpu-hand", "bulk-cpu-save");
    }

    @Test
    void bulkRate_withASimulatedRoundTrip_comparesWithBothPeers(@TableName String table) {
        Map<String, Integer> sent = new ConcurrentHashMap<>();
        ExecutionInterceptor counter = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                sent.merge(context.request().getClass().getSimpleName(), 1, Integer::sum);
            }
        };
        try (DynamoDbClient delayed = DynamoDbLocal.shared().newClient(b -> b.overrideConfiguration(c -> c
                .addExecutionInterceptor(new Delay(Duration.ofMillis(5))).addExecutionInterceptor(counter)))) {
            long start = System.nanoTime();
            delayed.describeTable(b -> b.tableName(table));
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(5).toNanos());

            List<Comparison> lines = BulkComparison.rate(delayed, table, "bulk-rtt", 30, 1, true);

            assertThat(lines).extracting(Comparison::name).containsExactly("bulk-rtt-hand", "bulk-rtt");
            assertThat(lines).allSatisfy(line -> assertThat(line.storm()).isPositive().isFinite());
            // what batching saves over a round trip, counted rather than timed: 30 items are two batches of at most
            // 25 for bulkSave and for the hand-built batch, each run once to warm up and once measured, and 30
            // PutItems one by one
            assertThat(sent).containsEntry("BatchWriteItemRequest", 8).containsEntry("PutItemRequest", 30);
        }
    }

    @Test
    void firstUse_childJvmsOfEverySide_reportBothPhasesAndClasses(@TableName String table) {
        String endpoint = DynamoDbLocal.shared().endpoint().toString();
        for (String side : List.of("storm", "static", "enhanced", "sdk")) {
            Map<String, String> report = FirstUseComparison.once(side, endpoint, table);
            assertThat(Double.parseDouble(report.get("map-ms"))).as(side).isPositive();
            assertThat(Double.parseDouble(report.get("put-ms"))).as(side).isPositive();
            assertThat(Long.parseLong(report.get("classes"))).as(side).isPositive();
        }
    }

    @Test
    void memory_cappedChildJvmsOfBothSides_iterateEverySeededItem(DynamoDbClient client, @TableName String table) {
        MemoryComparison.seed(client, table, 60);
        String endpoint = DynamoDbLocal.shared().endpoint().toString();

        for (String side : List.of("storm", "sdk")) {
            Map<String, String> report = MemoryComparison.iterate(side, endpoint, table);
            assertThat(report.get("items")).as(side).isEqualTo("60");
        }
    }

    @Test
    void childJvm_failsLoudly_whenTheChildFails() {
        assertThatThrownBy(() -> ChildJvm.run(MemoryChild.class, List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exited with");
    }
}
