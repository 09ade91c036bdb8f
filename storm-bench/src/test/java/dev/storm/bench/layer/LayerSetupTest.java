package dev.storm.bench.layer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.bench.codec.OrderBean;
import dev.storm.bench.codec.StaticSchemas;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The layers below DynamoDB Local work at a tiny size and every side does the same work: the stub client's query
 * pages and the canned HTTP endpoint's answers are read alike by STORM, the hand-written codec and the Enhanced
 * Client.
 */
class LayerSetupTest {

    @Test
    void query_everySideReadsEveryItemOfEveryPage() {
        QueryComparison bench = new QueryComparison(2_500);

        // each side's work returns the quantities read: 3 per order
        assertThat(bench.sides().run(Duration.ZERO, 1, Duration.ofMillis(1)).rates()).hasSize(4);
        assertThat(Reads.storm(bench.client(), QueryComparison.TABLE, QueryComparison.CUSTOMER))
                .isEqualTo(3L * 2_500)
                .isEqualTo(Reads.hand(bench.client(), QueryComparison.TABLE, QueryComparison.CUSTOMER,
                        new dev.storm.bench.codec.HandCodec()))
                .isEqualTo(Reads.enhanced(Reads.table(bench.client(), QueryComparison.TABLE,
                        StaticSchemas.order()), QueryComparison.CUSTOMER));
    }

    @Test
    void cannedEndpoint_answersEverySideOfARound() {
        try (CannedEndpoint canned = CannedEndpoint.start();
             DynamoDbClient client = LocalClient.of(canned.endpoint().toString())) {
            Rounds rounds = new Rounds(client, "canned");
            DynamoDbTable<OrderBean> statik = Reads.table(client, "canned", StaticSchemas.order());
            DynamoDbTable<OrderBean> beans = Reads.table(client, "canned", TableSchema.fromBean(OrderBean.class));

            long expected = 2 * (1 + Rounds.QUERY_SIZE) * 3;
            assertThat(rounds.storm(2)).isEqualTo(expected);
            assertThat(rounds.hand(2)).isEqualTo(expected);
            assertThat(rounds.enhanced(statik, 2)).isEqualTo(expected);
            assertThat(rounds.enhanced(beans, 2)).isEqualTo(expected);
        }
    }

    @Test
    void roundComparison_printsThreeComparisonsTheirSpreadAndTheClientShare() {
        try (CannedEndpoint canned = CannedEndpoint.start();
             DynamoDbClient client = LocalClient.of(canned.endpoint().toString())) {
            List<String> lines = RoundComparison.run("http", client, "canned", Duration.ZERO, 2,
                    Duration.ofMillis(1));

            assertThat(lines).hasSize(7);
            assertThat(lines.get(0)).matches("compare http-hand: storm=\\S+ handwritten=\\S+ ratio=\\S+ unit=rounds/s");
            assertThat(lines.get(1)).matches("spread http-hand: q1=\\S+ median=\\S+ q3=\\S+ rounds=2");
            assertThat(lines.get(6)).matches("share http: client=\\d+% server=\\d+% of the CPU time of a round");
        }
    }
}
