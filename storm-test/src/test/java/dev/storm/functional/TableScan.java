package dev.storm.functional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** Every item of a table, read with consistent scans, to check what a test left behind. */
final class TableScan {

    private TableScan() {
    }

    static List<Map<String, AttributeValue>> items(DynamoDbClient client, String table) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = client.scan(ScanRequest.builder().tableName(table).consistentRead(true)
                    .exclusiveStartKey(start).build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** The PK of every item whose PK starts with the prefix. */
    static List<String> pks(DynamoDbClient client, String table, String prefix) {
        List<String> pks = new ArrayList<>();
        for (Map<String, AttributeValue> item : items(client, table)) {
            String pk = item.get("PK").s();
            if (pk.startsWith(prefix)) {
                pks.add(pk);
            }
        }
        pks.sort(null);
        return pks;
    }
}
