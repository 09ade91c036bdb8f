package dev.storm.bench.flow;

import dev.storm.ConnectionManager;
import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.bench.layer.LocalClient;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * One side of the first-use comparison, run in a fresh JVM: {@code storm|static|enhanced|sdk <endpoint> <table>}.
 * The SDK client is built and has made one PutItem before the clock starts, since every side shares that cost. Then
 * two phases are timed: {@code map-ms}, from the mapper's first touch until the twentieth model's PutItem request (or
 * item) is built, and {@code put-ms}, the twenty PutItem calls that follow, through the mapper; {@code classes} is
 * the number of classes the JVM loaded during the first phase. A {@code main} only.
 */
public final class FirstUseChild {

    private FirstUseChild() {
    }

    public static void main(String[] args) {
        String side = args[0];
        String table = args[2];
        try (DynamoDbClient client = LocalClient.of(args[1])) {
            client.putItem(PutItemRequest.builder().tableName(table).item(Map.of(
                    "PK", AttributeValue.fromS("warm-up"), "SK", AttributeValue.fromS("warm-up"))).build());
            String id = side + "-" + ProcessHandle.current().pid();
            Side measured = switch (side) {
                case "storm" -> new Storm(client, table, id);
                case "enhanced" -> new Enhanced(client, table, id, false);
                case "static" -> new Enhanced(client, table, id, true);
                default -> new Sdk(client, table, id);
            };
            ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
            long loadedBefore = classes.getTotalLoadedClassCount();
            long start = System.nanoTime();
            measured.map();
            long mapped = System.nanoTime();
            long loaded = classes.getTotalLoadedClassCount() - loadedBefore;
            measured.put();
            long put = System.nanoTime();
            System.out.println("map-ms=" + (mapped - start) / 1e6);
            System.out.println("put-ms=" + (put - mapped) / 1e6);
            System.out.println("classes=" + loaded);
        }
    }

    /** What a side does: build the twenty requests, then send them. */
    private interface Side {
        void map();

        void put();
    }

    /** STORM: the dry-run {@code saveRequest}, then {@code save()}. */
    private static final class Storm implements Side {
        private final String id;
        private List<Model<?>> models;

        Storm(DynamoDbClient client, String table, String id) {
            this.id = id;
            ConnectionManager.table().setClient(client);
            ConnectionManager.table().setTableName(table);
        }

        @Override
        public void map() {
            models = FirstUseModels.all(id);
            for (Model<?> model : models) {
                request(model);
            }
        }

        private static <M extends Model<M>> PutItemRequest request(Model<?> model) {
            @SuppressWarnings("unchecked")
            M typed = (M) model;
            @SuppressWarnings("unchecked")
            Class<M> type = (Class<M>) model.getClass();
            return Manager.of(type).saveRequest(typed, true);
        }

        @Override
        public void put() {
            for (Model<?> model : models) {
                model.save();
            }
        }
    }

    /**
     * The Enhanced Client: {@code TableSchema.fromBean} (or a {@code StaticTableSchema}) and {@code itemToMap},
     * then {@code putItem}.
     */
    private static final class Enhanced implements Side {
        private final DynamoDbClient client;
        private final String table;
        private final String id;
        private final boolean statik;
        private final List<TableSchema<FirstUseBean>> schemas = new ArrayList<>();
        private List<FirstUseBean> beans;

        Enhanced(DynamoDbClient client, String table, String id, boolean statik) {
            this.client = client;
            this.table = table;
            this.id = id;
            this.statik = statik;
        }

        @Override
        public void map() {
            beans = FirstUseBeans.all(id);
            for (FirstUseBean bean : beans) {
                TableSchema<FirstUseBean> schema = statik ? FirstUseStatic.schema(bean) : schema(bean);
                schemas.add(schema);
                PutItemRequest.builder().tableName(table).item(schema.itemToMap(bean, true)).build();
            }
        }

        @SuppressWarnings("unchecked")
        private static TableSchema<FirstUseBean> schema(FirstUseBean bean) {
            return (TableSchema<FirstUseBean>) TableSchema.fromBean(bean.getClass());
        }

        @Override
        public void put() {
            DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
            for (int i = 0; i < beans.size(); i++) {
                enhanced.table(table, schemas.get(i)).putItem(beans.get(i));
            }
        }
    }

    /** The floor: the same twenty items as hand-built maps, straight to the SDK client. */
    private static final class Sdk implements Side {
        private final DynamoDbClient client;
        private final String table;
        private final String id;
        private final List<PutItemRequest> requests = new ArrayList<>();

        Sdk(DynamoDbClient client, String table, String id) {
            this.client = client;
            this.table = table;
            this.id = id;
        }

        @Override
        public void map() {
            for (FirstUseBean bean : FirstUseBeans.all(id)) {
                Map<String, AttributeValue> item = new HashMap<>();
                item.put("PK", AttributeValue.fromS(bean.getPk()));
                item.put("SK", AttributeValue.fromS(bean.getSk()));
                item.put("id", AttributeValue.fromS(bean.getId()));
                item.put("kind", AttributeValue.fromS(bean.getKind()));
                item.put("name", AttributeValue.fromS(bean.getName()));
                item.put("count", AttributeValue.fromN(Integer.toString(bean.getCount())));
                item.put("at", AttributeValue.fromS(bean.getAt().toString()));
                List<AttributeValue> tags = new ArrayList<>();
                for (String tag : bean.getTags()) {
                    tags.add(AttributeValue.fromS(tag));
                }
                item.put("tags", AttributeValue.fromL(tags));
                requests.add(PutItemRequest.builder().tableName(table).item(item).build());
            }
        }

        @Override
        public void put() {
            for (PutItemRequest request : requests) {
                client.putItem(request);
            }
        }
    }
}
