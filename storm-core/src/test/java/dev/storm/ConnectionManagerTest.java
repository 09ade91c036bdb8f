package dev.storm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@SuppressWarnings("try") // contexts are opened for their effect, as callers do
class ConnectionManagerTest {

    private final ConnectionManager manager = new ConnectionManager(Map.<String, String>of()::get);

    private static DynamoDbClient client() {
        // Building a client sends nothing; these are never called.
        return DynamoDbClient.builder().region(Region.US_EAST_1).build();
    }

    @Test
    void table_isOneInstanceForTheProcess() {
        assertThat(ConnectionManager.table()).isSameAs(ConnectionManager.table());
    }

    @Test
    void tableName_withNothingSet_explainsHowToSetOne() {
        assertThatThrownBy(manager::tableName)
                .isInstanceOf(StormException.class)
                .hasMessageContaining("DB_TABLE_NAME")
                .hasMessageContaining("setTableName")
                .hasMessageContaining("tableContext");
    }

    @Test
    void tableName_withOnlyTheEnvironmentVariable_usesIt() {
        ConnectionManager fromEnvironment = new ConnectionManager(Map.of("DB_TABLE_NAME", "env_table")::get);

        assertThat(fromEnvironment.tableName()).isEqualTo("env_table");
    }

    @Test
    void tableName_withBlankEnvironmentVariable_isUnset() {
        ConnectionManager blank = new ConnectionManager(Map.of("DB_TABLE_NAME", " ")::get);

        assertThatThrownBy(blank::tableName).isInstanceOf(StormException.class);
    }

    @Test
    void setTableName_overridesTheEnvironmentVariable_andNullRestoresIt() {
        ConnectionManager fromEnvironment = new ConnectionManager(Map.of("DB_TABLE_NAME", "env_table")::get);

        fromEnvironment.setTableName("set_table");
        String whileSet = fromEnvironment.tableName();
        fromEnvironment.setTableName(null);

        assertThat(whileSet).isEqualTo("set_table");
        assertThat(fromEnvironment.tableName()).isEqualTo("env_table");
    }

    @Test
    void setTableName_isSeenByOtherThreads() {
        manager.setTableName("shared_table");

        String seenElsewhere = CompletableFuture.supplyAsync(manager::tableName).join();

        assertThat(seenElsewhere).isEqualTo("shared_table");
    }

    @Test
    void client_withSetClient_returnsIt() {
        try (DynamoDbClient client = client()) {
            manager.setClient(client);

            assertThat(manager.client()).isSameAs(client);
        }
    }

    @Test
    void client_withNothingSet_buildsOneDefaultClientForAllThreads() {
        String region = System.getProperty("aws.region");
        System.setProperty("aws.region", "us-east-1");
        try {
            DynamoDbClient first = manager.client();
            DynamoDbClient fromOtherThread = CompletableFuture.supplyAsync(manager::client).join();

            assertThat(first).isNotNull().isSameAs(manager.client()).isSameAs(fromOtherThread);
            first.close();
        } finally {
            if (region == null) {
                System.clearProperty("aws.region");
            } else {
                System.setProperty("aws.region", region);
            }
        }
    }

    @Test
    void tableContext_switchesBoth_andCloseRestoresThem() {
        try (DynamoDbClient processClient = client(); DynamoDbClient contextClient = client()) {
            manager.setTableName("process_table");
            manager.setClient(processClient);

            try (TableContext ignored = manager.tableContext("context_table", contextClient)) {
                assertThat(manager.tableName()).isEqualTo("context_table");
                assertThat(manager.client()).isSameAs(contextClient);
            }

            assertThat(manager.tableName()).isEqualTo("process_table");
            assertThat(manager.client()).isSameAs(processClient);
        }
    }

    @Test
    void tableContext_withNulls_keepsWhatIsInEffect() {
        try (DynamoDbClient processClient = client(); DynamoDbClient contextClient = client()) {
            manager.setTableName("process_table");
            manager.setClient(processClient);

            try (TableContext onlyClient = manager.tableContext(null, contextClient)) {
                assertThat(manager.tableName()).isEqualTo("process_table");
                assertThat(manager.client()).isSameAs(contextClient);
                try (TableContext onlyTable = manager.tableContext("inner_table", null)) {
                    assertThat(manager.tableName()).isEqualTo("inner_table");
                    assertThat(manager.client()).isSameAs(contextClient);
                }
            }
        }
    }

    @Test
    void tableContext_withNullTableName_followsLaterProcessWideChanges() {
        manager.setTableName("before");
        try (TableContext ignored = manager.tableContext(null, null)) {
            manager.setTableName("after");

            assertThat(manager.tableName()).isEqualTo("after");
        }
    }

    @Test
    void tableContext_nested_restoresInOrder() {
        manager.setTableName("process_table");

        try (TableContext outer = manager.tableContext("outer", null)) {
            try (TableContext inner = manager.tableContext("inner", null)) {
                assertThat(manager.tableName()).isEqualTo("inner");
            }
            assertThat(manager.tableName()).isEqualTo("outer");
        }
        assertThat(manager.tableName()).isEqualTo("process_table");
    }

    @Test
    void tableContext_closedTwice_changesNothingTheSecondTime() {
        manager.setTableName("process_table");
        try (TableContext outer = manager.tableContext("outer", null)) {
            TableContext inner = manager.tableContext("inner", null);
            inner.close();
            inner.close();

            assertThat(manager.tableName()).isEqualTo("outer");
        }
        assertThat(manager.tableName()).isEqualTo("process_table");
    }

    @Test
    void tableContext_closedOutOfOrder_restoresWhatWasBeforeBoth() {
        manager.setTableName("process_table");
        TableContext outer = manager.tableContext("outer", null);
        TableContext inner = manager.tableContext("inner", null);

        outer.close();
        String afterOuterClosed = manager.tableName();
        inner.close();

        assertThat(afterOuterClosed).isEqualTo("inner");
        assertThat(manager.tableName()).isEqualTo("process_table");
    }

    @Test
    void tableContext_isInvisibleToOtherThreads() throws Exception {
        manager.setTableName("process_table");
        try (TableContext ignored = manager.tableContext("context_table", null)) {
            AtomicReference<String> seenElsewhere = new AtomicReference<>();
            Thread other = new Thread(() -> seenElsewhere.set(manager.tableName()));
            other.start();
            other.join();

            assertThat(manager.tableName()).isEqualTo("context_table");
            assertThat(seenElsewhere).hasValue("process_table");
        }
    }

    @Test
    void tableContext_ofAnotherThread_doesNotHideThisThreadsProcessWideValue() throws Exception {
        manager.setTableName("process_table");
        Thread other = new Thread(() -> manager.tableContext("other_thread_table", null));
        other.start();
        other.join();

        assertThat(manager.tableName()).isEqualTo("process_table");
    }

    @Test
    void tableContext_closedOnAnotherThread_isRejected_andStaysOpen() {
        TableContext context = manager.tableContext("context_table", null);
        try {
            Throwable failure = CompletableFuture.supplyAsync(() -> {
                try {
                    context.close();
                    return null;
                } catch (StormException e) {
                    return e;
                }
            }).join();

            assertThat(failure).isInstanceOf(StormException.class).hasMessageContaining("thread that opened it");
            assertThat(manager.tableName()).isEqualTo("context_table");
        } finally {
            context.close();
        }
        assertThatThrownBy(manager::tableName).isInstanceOf(StormException.class);
    }
}
