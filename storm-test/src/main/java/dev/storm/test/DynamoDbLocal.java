package dev.storm.test;

import dev.storm.StormException;
import java.net.URI;
import java.util.function.Consumer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClientBuilder;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * An in-memory DynamoDB Local server running inside this JVM on a free port, with clients that talk to it over
 * 127.0.0.1 (region us-east-1, dummy credentials). Tests normally use the one {@link #shared()} server; a
 * {@code main} that wants its own uses {@link #start()} and closes it. Thread-safe.
 *
 * <pre>{@code
 * try (DynamoDbLocal local = DynamoDbLocal.start()) {
 *     TableDefinition.create(local.client(), "shop");
 *     ConnectionManager.table().setClient(local.client());
 *     ConnectionManager.table().setTableName("shop");
 *     // ... use the models ...
 * }
 * }</pre>
 */
public final class DynamoDbLocal implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";
    private static final int START_ATTEMPTS = 5;

    private static volatile DynamoDbLocal shared;

    private final DynamoDBProxyServer server;
    private final URI endpoint;
    private final boolean isShared;
    private DynamoDbClient client;
    private boolean stopped;

    private DynamoDbLocal(DynamoDBProxyServer server, int port, boolean isShared) {
        this.server = server;
        this.endpoint = URI.create("http://" + LOOPBACK + ":" + port);
        this.isShared = isShared;
    }

    /**
     * Returns this JVM's shared server, starting it on first use. It stops when the JVM exits; {@link #close()}
     * on it does nothing, so that no test can stop it under another.
     *
     * @return the shared server
     * @throws StormException when the server cannot start
     */
    public static DynamoDbLocal shared() {
        DynamoDbLocal local = shared;
        if (local == null) {
            synchronized (DynamoDbLocal.class) {
                local = shared;
                if (local == null) {
                    local = launch(true);
                    Runtime.getRuntime().addShutdownHook(new Thread(local::stop, "storm-dynamodb-local-shutdown"));
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * Starts a new server that the caller owns and must {@link #close()}: its threads keep the JVM alive until
     * then.
     *
     * @return the started server
     * @throws StormException when the server cannot start
     */
    public static DynamoDbLocal start() {
        return launch(false);
    }

    /**
     * Returns the server's address.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Returns the client of this server, built on first use and closed with the server. Do not close it.
     *
     * @return the client
     */
    public synchronized DynamoDbClient client() {
        if (client == null) {
            client = newClient(builder -> { });
        }
        return client;
    }

    /**
     * Builds a new client of this server, which the caller owns and closes. The customizer runs last, so it can
     * add an {@code ExecutionInterceptor}, change retries or timeouts, or replace anything set here.
     *
     * <pre>{@code
     * DynamoDbClient traced = local.newClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(tracer)));
     * }</pre>
     *
     * @param customizer changes to the builder; may do nothing
     * @return the new client
     */
    public DynamoDbClient newClient(Consumer<DynamoDbClientBuilder> customizer) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("storm", "storm")));
        customizer.accept(builder);
        return builder.build();
    }

    /**
     * Builds a new DynamoDB Streams client of this server (DynamoDB Local serves the Streams API on the same
     * address), which the caller owns and closes. The customizer runs last, as in {@link #newClient}.
     *
     * @param customizer changes to the builder; may do nothing
     * @return the new client
     */
    public DynamoDbStreamsClient newStreamsClient(Consumer<DynamoDbStreamsClientBuilder> customizer) {
        DynamoDbStreamsClientBuilder builder = DynamoDbStreamsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("storm", "storm")));
        customizer.accept(builder);
        return builder.build();
    }

    /**
     * Stops a server from {@link #start()} and closes its {@link #client()}; does nothing on the
     * {@link #shared()} server, which stops when the JVM exits. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (!isShared) {
            stop();
        }
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (client != null) {
            client.close();
        }
        try {
            server.stop();
        } catch (Exception e) {
            throw new StormException("DynamoDB Local at " + endpoint + " did not stop: " + e.getMessage(), e);
        }
    }

    private static DynamoDbLocal launch(boolean isShared) {
        // The port is found free, then handed to the server; another process may take it in between, and
        // DynamoDB Local only logs a failed bind, so each attempt is probed before it is trusted.
        StormException failure = null;
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            int port = freePort();
            DynamoDBProxyServer server;
            try {
                server = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
                server.start();
            } catch (Exception e) {
                failure = new StormException("DynamoDB Local did not start on port " + port + ": " + e, e);
                continue;
            }
            DynamoDbLocal local = new DynamoDbLocal(server, port, isShared);
            try {
                local.client().listTables(ListTablesRequest.builder().limit(1).build());
                return local;
            } catch (RuntimeException e) {
                failure = new StormException("DynamoDB Local on port " + port + " does not answer: " + e, e);
                local.stop();
            }
        }
        throw failure;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StormException("No free port on " + LOOPBACK + " for DynamoDB Local: " + e.getMessage(), e);
        }
    }
}
