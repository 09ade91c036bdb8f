package dev.storm.bench.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.bench.ChildJvm;
import dev.storm.bench.codec.Order;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Each flow benchmark's setup works end to end at a tiny size, so the benchmarks cannot rot between runs: the sides
 * do the same work, and the child JVMs start with this classpath and report what they measured.
 */
@StormTest
class FlowSetupTest {

    @Test
    void endToEnd_bothSidesReadTheSameItems(DynamoDbClient client, @TableName String table) {
        EndToEndComparison bench = new EndToEndComparison(client, table);
        bench.seed();

        int storm = bench.stormRounds(2);
        int sdk = bench.sdkRounds(2);

        // each round reads one order and the 50 of the queried partition, every one with quantity 3
        assertThat(storm).isEqualTo(2 * (1 + EndToEndComparison.QUERY_SIZE) * 3).isEqualTo(sdk);
    }

    @Test
    void bulk_bothSidesStoreEveryOrder(DynamoDbClient client, @TableName String table) {
        BulkComparison bench = new BulkComparison(client, table);
        List<Order> orders = BulkComparison.orders(40);

        assertThat(bench.bulk(orders)).isPositive();
        assertThat(bench.oneByOne(orders)).isPositive();

        for (String stored : List.of(table + "_0", table + "_1")) {
            assertThat(client.scan(b -> b.tableName(stored)).count()).as(stored).isEqualTo(40);
        }
    }

    @Test
    void firstUse_childJvmsOfEverySide_reportBothPhases(@TableName String table) {
        String endpoint = DynamoDbLocal.shared().endpoint().toString();
        for (String side : List.of("storm", "enhanced", "sdk")) {
            Map<String, String> report = FirstUseComparison.once(side, endpoint, table);
            assertThat(Double.parseDouble(report.get("map-ms"))).as(side).isPositive();
            assertThat(Double.parseDouble(report.get("put-ms"))).as(side).isPositive();
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
