package dev.storm.bench.flow;

import dev.storm.bench.Comparison;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Bulk save of many items against one-by-one saves, both through STORM over HTTP to DynamoDB Local. */
public final class BulkComparison {

    private BulkComparison() {
    }

    /** The comparison lines; bulk saving is not part of this build yet, so the line says so. */
    public static List<Comparison> run(DynamoDbClient client, String table, int items) {
        System.out.println(Comparison.unavailable("bulk", "Manager.bulkSave is not in this build"));
        return List.of();
    }
}
