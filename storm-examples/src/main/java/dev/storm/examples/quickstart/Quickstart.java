package dev.storm.examples.quickstart;

import dev.storm.ConnectionManager;
import dev.storm.F;
import dev.storm.ItemCollection;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.test.DynamoDbLocal;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The README's quickstart: the User/Order flow, printed step by step, ending with both read in one Query. By default it starts an embedded DynamoDB Local
 * and creates the table; with {@code DYNAMODB_ENDPOINT} (a URL, or {@code aws} for the SDK's default endpoint) and
 * {@code DB_TABLE_NAME} set, it runs the same flow against that table, creating it when absent.
 */
public final class Quickstart {

    private Quickstart() {
    }

    public static void main(String[] args) {
        String endpoint = System.getenv("DYNAMODB_ENDPOINT");
        if (endpoint == null || endpoint.isBlank()) {
            try (DynamoDbLocal local = DynamoDbLocal.start()) {
                String table = "storm_quickstart";
                TableDefinition.create(local.client(), table);
                System.out.println("table " + table + " on embedded DynamoDB Local");
                run(local.client(), table, System.out);
            }
        } else {
            String table = System.getenv("DB_TABLE_NAME");
            if (table == null || table.isBlank()) {
                System.err.println("DYNAMODB_ENDPOINT is set, so DB_TABLE_NAME must name the table to use");
                System.exit(2);
            }
            try (DynamoDbClient client = remoteClient(endpoint)) {
                ensureTable(client, table);
                System.out.println("table " + table + " at " + endpoint);
                run(client, table, System.out);
            }
        }
    }

    /** The flow itself, on the given table and client. */
    public static void run(DynamoDbClient client, String table, PrintStream out) {
        TableContext ignored = ConnectionManager.table().tableContext(table, client);
        try (ignored) {
            cleanUp();

            User ann = User.objects.create(new User("user123", null, "ann@example.com", "Ann", "ann@example.com", 0));
            out.println("created user " + ann.userId() + ": PK=" + ann.getPk() + " SK=" + ann.getSk()
                    + " GSI1PK=" + ann.getGsi1pk());
            for (Order o : List.of(new Order("user123", "2024-0001", 25.50, "PAID"),
                    new Order("user123", "2024-0002", 99.90, "NEW"),
                    new Order("user123", "2024-0003", 12.00, "NEW"))) {
                Order.objects.create(o);
                out.println("created order " + o.orderId() + ": PK=" + o.getPk() + " SK=" + o.getSk()
                        + " amount=" + o.amount());
            }

            User got = User.objects.get(User_.userId.eq("user123"));
            out.println("got user: " + got.toJson());

            List<Order> orders = Order.objects.using(Order_.userId.eq("user123")).list();
            out.println("orders of user123: " + orders.stream().map(Order::orderId).toList());
            List<Order> big = Order.objects.using(Order_.userId.eq("user123")).filter(Order_.amount.gt(20)).list();
            out.println("orders over 20: " + big.stream().map(Order::orderId).toList());

            User moved = got.update(User_.email.set("ann@new.example"), User_.emailGsi.set("ann@new.example"));
            out.println("changed email: " + moved.email() + " GSI1PK=" + moved.getGsi1pk());
            User found = User.objects.using(User_.emailGsi.eq("ann@new.example")).useIndex(true).first()
                    .orElseThrow();
            out.println("found by email through GSI1: " + found.userId());

            User bumped = moved.update(User_.logins.set(F.of(User_.logins).plus(1)));
            out.println("logins bumped with F: " + moved.logins() + " -> " + bumped.logins());

            Order.objects.get(Order_.userId.eq("user123"), Order_.orderId.eq("2024-0002")).delete();
            out.println("deleted order 2024-0002; orders left: "
                    + Order.objects.using(Order_.userId.eq("user123")).stream().map(Order::orderId).toList());

            ItemCollection.Items items = ItemCollection.of(User.class, Order.class)
                    .using(User_.userId.eq("user123")).fetch();
            out.println("user and orders in one query: " + items.first(User.class).map(User::name).orElse("none")
                    + " + " + items.of(Order.class).stream().map(Order::orderId).toList() + ", in key order "
                    + items.all().stream().map(item -> item.getClass().getSimpleName()).toList());
            List<Order> later = Order.objects.using(Order_.userId.eq("user123"), Order_.orderId.ge("2024-0002"))
                    .list();
            out.println("orders from 2024-0002 on (a sort-key range): " + later.stream().map(Order::orderId).toList());
            out.println("done");
        }
    }

    /** Removes what an earlier run left, so the flow starts from an empty partition. */
    private static void cleanUp() {
        Order.objects.using(Order_.userId.eq("user123")).forEach(Order::delete);
        User.objects.using(User_.userId.eq("user123")).forEach(User::delete);
    }

    private static DynamoDbClient remoteClient(String endpoint) {
        if ("aws".equalsIgnoreCase(endpoint)) {
            return DynamoDbClient.create();
        }
        boolean hasCredentials = System.getenv("AWS_ACCESS_KEY_ID") != null
                || System.getenv("AWS_PROFILE") != null;
        var builder = DynamoDbClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.of(System.getenv().getOrDefault("AWS_REGION", "us-east-1")));
        if (!hasCredentials) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        return builder.build();
    }

    private static void ensureTable(DynamoDbClient client, String table) {
        try {
            client.describeTable(b -> b.tableName(table));
        } catch (ResourceNotFoundException e) {
            TableDefinition.create(client, table);
        }
    }
}
