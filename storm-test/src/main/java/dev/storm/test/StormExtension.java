package dev.storm.test;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * The JUnit 5 extension behind {@link StormTest}. Before a test class it creates a fresh standard table (see
 * {@link TableDefinition}) on the JVM's shared {@link DynamoDbLocal} server and, around the class and each test,
 * opens a {@link ConnectionManager#tableContext table context} on the running thread so that STORM calls there go
 * to that table (async calls too, through the server's async client); afterwards it closes the contexts and deletes
 * the table. With {@code tablePerMethod} each test gets its own table instead. It resolves parameters of type
 * {@link DynamoDbClient}, {@link DynamoDbAsyncClient}, {@link DynamoDbLocal} and {@code String} parameters marked
 * {@link TableName}. Stateless and thread-safe: its state lives in the
 * {@link ExtensionContext.Store}, so it also serves tests run in parallel.
 *
 * <pre>{@code
 * @StormTest(tablePerMethod = true, indexCount = 2)
 * class OrderTest {
 *     @Test
 *     void save_writesTheItem(DynamoDbClient client, @TableName String table) { ... }
 * }
 * }</pre>
 */
public final class StormExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(StormExtension.class);
    private static final String CLASS_SCOPE = "class";
    private static final String METHOD_SCOPE = "method";
    private static final int MAX_DESCRIPTION_LENGTH = 200;
    private static final AtomicInteger TABLE_SEQUENCE = new AtomicInteger();

    /** Creates the extension; JUnit does this for {@link StormTest} classes. */
    public StormExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        DynamoDbLocal local = DynamoDbLocal.shared();
        Class<?> testClass = context.getRequiredTestClass();
        Optional<StormTest> own = AnnotationSupport.findAnnotation(testClass, StormTest.class);
        // Before this class stores its scope, a lookup finds the enclosing class's one, if this class is @Nested.
        TableScope enclosing = store(context).get(CLASS_SCOPE, TableScope.class);
        Settings settings = own.map(Settings::of)
                .orElse(enclosing != null ? enclosing.settings() : Settings.DEFAULT);
        TableScope scope;
        if (settings.tablePerMethod()) {
            scope = TableScope.open(local, settings, null, false);
        } else if (own.isEmpty() && enclosing != null && enclosing.tableName() != null) {
            scope = TableScope.open(local, settings, enclosing.tableName(), false);
        } else {
            scope = TableScope.open(local, settings, createTable(local, settings, describe(testClass, null)), true);
        }
        store(context).put(CLASS_SCOPE, scope);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TableScope scope = store(context).remove(CLASS_SCOPE, TableScope.class);
        if (scope != null) {
            scope.close(DynamoDbLocal.shared());
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        DynamoDbLocal local = DynamoDbLocal.shared();
        TableScope classScope = store(context).get(CLASS_SCOPE, TableScope.class);
        TableScope scope;
        if (classScope != null && classScope.tableName() != null) {
            scope = TableScope.open(local, classScope.settings(), classScope.tableName(), false);
        } else {
            // No class table: tablePerMethod, or the extension was registered on the method alone.
            Settings settings = classScope != null ? classScope.settings() : Settings.DEFAULT;
            String description = describe(context.getRequiredTestClass(), context.getRequiredTestMethod());
            scope = TableScope.open(local, settings, createTable(local, settings, description), true);
        }
        store(context).put(METHOD_SCOPE, scope);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TableScope scope = store(context).remove(METHOD_SCOPE, TableScope.class);
        if (scope != null) {
            scope.close(DynamoDbLocal.shared());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == DynamoDbClient.class
                || type == DynamoDbAsyncClient.class
                || type == DynamoDbLocal.class
                || type == String.class && parameterContext.isAnnotated(TableName.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (type == DynamoDbLocal.class) {
            return DynamoDbLocal.shared();
        }
        if (type == DynamoDbClient.class) {
            return DynamoDbLocal.shared().client();
        }
        if (type == DynamoDbAsyncClient.class) {
            return DynamoDbLocal.shared().asyncClient();
        }
        Store store = store(extensionContext);
        TableScope scope = store.get(METHOD_SCOPE, TableScope.class);
        if (scope == null) {
            scope = store.get(CLASS_SCOPE, TableScope.class);
        }
        if (scope == null || scope.tableName() == null) {
            throw new ParameterResolutionException("No STORM table is open for "
                    + parameterContext.getDeclaringExecutable()
                    + ": with @StormTest(tablePerMethod = true) a @TableName parameter is available only to test "
                    + "methods and @BeforeEach/@AfterEach methods.");
        }
        return scope.tableName();
    }

    private static Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    private static String createTable(DynamoDbLocal local, Settings settings, String description) {
        String tableName = "storm_" + description + "_" + TABLE_SEQUENCE.incrementAndGet();
        TableDefinition.create(local.client(), tableName, settings.indexCount());
        return tableName;
    }

    private static String describe(Class<?> testClass, Method method) {
        String className = testClass.getSimpleName().isEmpty() ? testClass.getName() : testClass.getSimpleName();
        String description = method == null ? className : className + "_" + method.getName();
        String safe = description.replaceAll("[^a-zA-Z0-9_.-]", "_");
        return safe.length() <= MAX_DESCRIPTION_LENGTH ? safe : safe.substring(0, MAX_DESCRIPTION_LENGTH);
    }

    private record Settings(boolean tablePerMethod, int indexCount) {

        static final Settings DEFAULT = new Settings(false, 1);

        static Settings of(StormTest annotation) {
            return new Settings(annotation.tablePerMethod(), annotation.indexCount());
        }
    }

    /** One open table context and, when it created the table, the duty to delete it. */
    private record TableScope(
            Settings settings, String tableName, boolean ownsTable, TableContext context) {

        static TableScope open(DynamoDbLocal local, Settings settings, String tableName, boolean ownsTable) {
            // Without a table (tablePerMethod, at class level) the client is still switched, so that
            // @BeforeAll code never reaches a real AWS account.
            TableContext context = ConnectionManager.table().tableContext(tableName, local.client(),
                    local.asyncClient());
            return new TableScope(settings, tableName, ownsTable, context);
        }

        void close(DynamoDbLocal local) {
            try {
                context.close();
            } finally {
                if (ownsTable) {
                    try {
                        local.client().deleteTable(delete -> delete.tableName(tableName));
                    } catch (ResourceNotFoundException alreadyDeleted) {
                        // The test deleted it itself.
                    }
                }
            }
        }
    }
}
