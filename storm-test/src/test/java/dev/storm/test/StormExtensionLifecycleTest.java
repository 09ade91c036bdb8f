package dev.storm.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.storm.ConnectionManager;
import dev.storm.StormException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.launcher.listeners.TestExecutionSummary.Failure;

/**
 * Runs small {@link StormTest} classes through the JUnit launcher and checks what is left behind: tables deleted,
 * table contexts closed, clear failures. The scenario classes are {@code @Disabled} so that they run only here.
 */
class StormExtensionLifecycleTest {

    private static final Map<String, String> SEEN = new ConcurrentHashMap<>();

    @BeforeEach
    void forgetEarlierRuns() {
        SEEN.clear();
    }

    private static TestExecutionSummary run(Class<?> scenario) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(scenario))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .build(), listener);
        return listener.getSummary();
    }

    private static List<String> tables() {
        return DynamoDbLocal.shared().client().listTables().tableNames();
    }

    private static String tableNameOnThisThread() {
        try {
            return ConnectionManager.table().tableName();
        } catch (StormException none) {
            return "(none)";
        }
    }

    @Test
    void classTable_isSharedWithNestedClasses_andDeletedAfterTheClass() {
        String before = tableNameOnThisThread();

        TestExecutionSummary summary = run(ClassTableScenario.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
        String table = SEEN.get("outer");
        assertThat(table).startsWith("storm_ClassTableScenario_");
        assertThat(SEEN).containsEntry("firstNested", table).containsEntry("secondNested", table)
                .containsEntry("secondNestedDescribes", table);
        assertThat(tables()).doesNotContain(table);
        assertThat(tableNameOnThisThread()).isEqualTo(before);
    }

    @Test
    void methodTables_areDeletedAfterEachMethod() {
        String before = tableNameOnThisThread();

        TestExecutionSummary summary = run(TablePerMethodScenario.class);

        assertThat(summary.getFailures()).isEmpty();
        assertThat(SEEN.get("first")).startsWith("storm_TablePerMethodScenario_first_");
        assertThat(SEEN.get("second")).startsWith("storm_TablePerMethodScenario_second_");
        assertThat(tables()).doesNotContain(SEEN.get("first"), SEEN.get("second"));
        assertThat(tableNameOnThisThread()).isEqualTo(before);
    }

    @Test
    void tableNameParameter_withTablePerMethod_isRejectedInBeforeAll() {
        TestExecutionSummary summary = run(TableNameInBeforeAllScenario.class);

        assertThat(summary.getFailures()).hasSize(1);
        Failure failure = summary.getFailures().get(0);
        assertThat(failure.getException())
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessageContaining("tablePerMethod = true")
                .hasMessageContaining("@BeforeEach");
        assertThat(SEEN).doesNotContainKey("test");
    }

    @Disabled("a scenario run by StormExtensionLifecycleTest")
    @StormTest
    @TestClassOrder(ClassOrderer.OrderAnnotation.class)
    static class ClassTableScenario {

        @Test
        void outer(@TableName String table) {
            SEEN.put("outer", table);
        }

        @Nested
        @Order(1)
        class First {
            @Test
            void firstNested(@TableName String table) {
                SEEN.put("firstNested", table);
            }
        }

        @Nested
        @Order(2)
        class Second {
            @Test
            void secondNested(@TableName String table) {
                SEEN.put("secondNested", table);
                SEEN.put("secondNestedDescribes",
                        DynamoDbLocal.shared().client().describeTable(d -> d.tableName(table)).table().tableName());
            }
        }
    }

    @Disabled("a scenario run by StormExtensionLifecycleTest")
    @StormTest(tablePerMethod = true)
    static class TablePerMethodScenario {

        @Test
        void first(@TableName String table) {
            SEEN.put("first", table);
        }

        @Test
        void second(@TableName String table) {
            SEEN.put("second", table);
        }
    }

    @Disabled("a scenario run by StormExtensionLifecycleTest")
    @StormTest(tablePerMethod = true)
    static class TableNameInBeforeAllScenario {

        @BeforeAll
        static void needsATable(@TableName String table) {
            SEEN.put("beforeAll", table);
        }

        @Test
        void test() {
            SEEN.put("test", "ran");
        }
    }
}
