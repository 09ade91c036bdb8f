package dev.storm.spring.boot;

import dev.storm.test.DynamoDbLocal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The shared in-process DynamoDB Local the tests configure the starter against, and fresh table names on it. */
final class LocalServer {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private LocalServer() {
    }

    static String endpoint() {
        return DynamoDbLocal.shared().endpoint().toString();
    }

    static String freshTable(String purpose) {
        return "starter_" + purpose + "_" + SEQUENCE.incrementAndGet();
    }

    /** The tables on the server, as the shared client (same credentials and region as the starter's) sees them. */
    static List<String> tables() {
        return DynamoDbLocal.shared().client().listTables().tableNames();
    }
}
