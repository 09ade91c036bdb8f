package dev.storm.test;

import dev.storm.StormException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The DynamoDB Streams stream of one table, read from its beginning with a {@link DynamoDbStreamsClient}, as a test
 * reads back what its writes recorded. Not thread-safe; one per test.
 *
 * <pre>{@code
 * client.createTable(TableStream.enabled(TableDefinition.standard("shop"), StreamViewType.NEW_IMAGE));
 * ... writes ...
 * List<Record> records = TableStream.of(client, streams, "shop").readAll();
 * }</pre>
 */
public final class TableStream {

    private final DynamoDbStreamsClient streams;
    private final String streamArn;

    private TableStream(DynamoDbStreamsClient streams, String streamArn) {
        this.streams = streams;
        this.streamArn = streamArn;
    }

    /**
     * The latest stream of the table.
     *
     * @throws StormException when the table has no stream enabled
     */
    public static TableStream of(DynamoDbClient client, DynamoDbStreamsClient streams, String tableName) {
        String arn = client.describeTable(d -> d.tableName(tableName)).table().latestStreamArn();
        if (arn == null) {
            throw new StormException("Table " + tableName + " has no stream; create it with"
                    + " TableStream.enabled(TableDefinition.standard(\"" + tableName + "\"), view)");
        }
        return new TableStream(streams, arn);
    }

    /** The create request with a stream of the given view type enabled. */
    public static CreateTableRequest enabled(CreateTableRequest request, StreamViewType view) {
        return request.toBuilder().streamSpecification(StreamSpecification.builder().streamEnabled(true)
                .streamViewType(view).build()).build();
    }

    /** The stream's ARN. */
    public String arn() {
        return streamArn;
    }

    /** Every record of every shard, from the trim horizon up to the newest, in shard order. */
    public List<Record> readAll() {
        List<Record> records = new ArrayList<>();
        for (Shard shard : streams.describeStream(d -> d.streamArn(streamArn)).streamDescription().shards()) {
            String iterator = streams.getShardIterator(g -> g.streamArn(streamArn).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                String current = iterator;
                GetRecordsResponse page = streams.getRecords(g -> g.shardIterator(current));
                records.addAll(page.records());
                // an open shard always hands back a next iterator; an empty page means its end for now
                iterator = page.records().isEmpty() ? null : page.nextShardIterator();
            }
        }
        return records;
    }
}
