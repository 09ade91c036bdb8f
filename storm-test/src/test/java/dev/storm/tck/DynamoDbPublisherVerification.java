package dev.storm.tck;

import dev.storm.Storm;
import dev.storm.TableDefinition;
import dev.storm.test.DynamoDbLocal;
import java.util.UUID;
import org.reactivestreams.Publisher;
import org.reactivestreams.tck.PublisherVerification;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.TestEnvironment.ManualSubscriber;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * The reactive-streams TCK's publisher rules, run against a STORM publisher reading a table of its own on the shared
 * DynamoDB Local (TestNG, run by the TestNG engine on the JUnit Platform). The timeouts allow for a loaded machine: a
 * page is a real request.
 *
 * <p>{@link #createFailedPublisher()} is null, which skips rules 1.4 and 1.9's rejection case: a STORM publisher is
 * never in a failed state before items are asked for. What can be checked up front (options, key values, a table
 * name) throws when {@code publisher()} is called, as the blocking query set throws; a request that fails (a missing
 * table, say) is signalled with {@code onError} once the subscriber asks for items, which
 * {@code MissingTableFunctionalTest} and {@code AsyncQuerySetFunctionalTest} prove. Rule 3.17's check that demand
 * above {@code Long.MAX_VALUE} is no error needs a publisher of {@code Integer.MAX_VALUE} items, which a table on
 * DynamoDB Local cannot hold; {@link #demandAboveLongMaxValue_isNoError()} checks the same rule on a small one. The
 * TCK's {@code untested_} rules are skipped by the TCK itself: it has no test for them.
 *
 * @param <T> the published item
 */
abstract class DynamoDbPublisherVerification<T> extends PublisherVerification<T> {

    /** How long a signal may take to arrive: a page is a request to DynamoDB Local. */
    static final long TIMEOUT_MILLIS = 5_000;
    /** How long a test waits to see that no signal comes. */
    static final long NO_SIGNALS_MILLIS = 300;
    /** The most items a publisher under test gives; rules that need more are skipped by the TCK. */
    static final int MAX_ELEMENTS = 100;

    protected Storm storm;
    private final TestEnvironment environment;
    private String table;

    DynamoDbPublisherVerification() {
        this(new TestEnvironment(TIMEOUT_MILLIS, NO_SIGNALS_MILLIS));
    }

    private DynamoDbPublisherVerification(TestEnvironment environment) {
        super(environment, TIMEOUT_MILLIS);
        this.environment = environment;
    }

    @BeforeClass
    public void createTable() {
        DynamoDbLocal local = DynamoDbLocal.shared();
        table = "storm_tck_" + UUID.randomUUID().toString().substring(0, 8);
        TableDefinition.create(local.client(), table);
        storm = Storm.builder().client(local.client()).asyncClient(local.asyncClient()).tableName(table).build();
        seed();
    }

    @AfterClass(alwaysRun = true)
    public void deleteTable() {
        if (table != null) {
            DynamoDbLocal.shared().client().deleteTable(b -> b.tableName(table));
        }
    }

    /** Writes the items the publishers read. */
    abstract void seed();

    /** Rule 3.17 on a finite publisher: demand that adds up past {@code Long.MAX_VALUE} gives every item, then ends. */
    @Test
    public void demandAboveLongMaxValue_isNoError() throws InterruptedException {
        ManualSubscriber<T> subscriber = environment.newManualSubscriber(createPublisher(10));
        subscriber.request(Long.MAX_VALUE - 1);
        subscriber.request(Long.MAX_VALUE);
        subscriber.request(2);
        subscriber.nextElements(10, TIMEOUT_MILLIS, "the publisher's 10 items");
        subscriber.expectCompletion(TIMEOUT_MILLIS, "completion after the last item");
        environment.verifyNoAsyncErrorsNoDelay();
    }

    @Override
    public long maxElementsFromPublisher() {
        return MAX_ELEMENTS;
    }

    @Override
    public Publisher<T> createFailedPublisher() {
        return null;
    }
}
