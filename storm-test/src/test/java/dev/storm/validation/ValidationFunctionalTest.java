package dev.storm.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.storm.AsyncManager;
import dev.storm.Manager;
import dev.storm.Storm;
import dev.storm.StormEvent;
import dev.storm.StormListener;
import dev.storm.Transaction;
import dev.storm.ValidationFailedException;
import dev.storm.ValidationFailedException.Violation;
import dev.storm.functional.model.Signup;
import dev.storm.functional.model.Signup_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Jakarta Bean Validation with Hibernate Validator on the class path: create, save, bulkSave and transaction writes,
 * blocking and async, validate the model first, and a violation sends nothing.
 */
@StormTest(tablePerMethod = true)
class ValidationFunctionalTest {

    private static final Signup VALID = new Signup("s1", "Ann", "ann@b.c", 30);
    private static final Signup INVALID = new Signup("s2", "", "not-an-email", 12);
    private static final String VIOLATIONS = "age must be greater than or equal to 18 (value: 12); email must be a"
            + " well-formed email address (value: 'not-an-email'); name must not be blank (value: '')";

    /** Counts the requests a Storm sends. */
    private static final class Sent implements StormListener {
        final Queue<String> operations = new ConcurrentLinkedQueue<>();

        @Override
        public void requestStarted(StormEvent event) {
            operations.add(event.operation());
        }
    }

    private static List<Map<String, AttributeValue>> items(DynamoDbClient client, String table) {
        return client.scan(ScanRequest.builder().tableName(table).consistentRead(true).build()).items();
    }

    @Test
    void create_ofAnInvalidModel_listsEveryViolation_andSendsNothing(DynamoDbClient client,
                                                                     @TableName String table) {
        Sent sent = new Sent();
        Manager<Signup> signups = Storm.builder().client(client).tableName(table).listener(sent).build()
                .manager(Signup.class);

        assertThatThrownBy(() -> signups.create(INVALID))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("age", "must be greater than or equal to 18", 12),
                                new Violation("email", "must be a well-formed email address", "not-an-email"),
                                new Violation("name", "must not be blank", "")))
                .hasMessage("create of Signup is not valid, so nothing was sent: " + VIOLATIONS);

        assertThat(sent.operations).isEmpty();
        assertThat(items(client, table)).isEmpty();
    }

    @Test
    void everyWrite_ofTheProcessDefault_validatesFirst(DynamoDbClient client, @TableName String table) {
        List<Executable> writes = List.of(
                () -> Signup.objects.save(INVALID),
                () -> Signup.objects.save(INVALID, false),
                () -> Signup.objects.save(INVALID, Signup_.age.gt(0)),
                () -> INVALID.save(),
                () -> INVALID.save(true));
        List<String> messages = new ArrayList<>();
        for (Executable write : writes) {
            messages.add(assertThrows(ValidationFailedException.class, write).getMessage());
        }

        assertThat(messages).hasSize(5)
                .allSatisfy(m -> assertThat(m).startsWith("save of Signup is not valid").endsWith(VIOLATIONS));
        assertThat(items(client, table)).isEmpty();
    }

    @Test
    void everyAsyncWrite_validatesFirst_failingTheFuture_andSendsNothing(DynamoDbClient client,
                                                                        DynamoDbAsyncClient asyncClient,
                                                                        @TableName String table) {
        Sent sent = new Sent();
        AsyncManager<Signup> signups = Storm.builder().client(client).asyncClient(asyncClient).tableName(table)
                .listener(sent).build().manager(Signup.class).async();
        List<Signup> batch = new ArrayList<>(IntStream.range(0, 30)
                .mapToObj(i -> new Signup("s" + i, "Ann", "ann@b.c", 30)).toList());
        batch.set(17, new Signup("s17", "Bob", "bob@b.c", 3));
        List<Supplier<CompletableFuture<?>>> writes = List.of(
                () -> signups.create(INVALID),
                () -> signups.save(INVALID),
                () -> signups.save(INVALID, false),
                () -> signups.save(INVALID, Signup_.age.gt(0)),
                () -> Signup.objects.async().save(INVALID),
                () -> signups.bulkSave(batch));
        List<String> messages = new ArrayList<>();
        for (Supplier<CompletableFuture<?>> write : writes) {
            CompletableFuture<?> future = write.get();
            Throwable thrown = catchThrowable(future::join);
            assertThat(thrown).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(ValidationFailedException.class);
            messages.add(thrown.getCause().getMessage());
        }

        assertThat(messages).containsExactly(
                "create of Signup is not valid, so nothing was sent: " + VIOLATIONS,
                "save of Signup is not valid, so nothing was sent: " + VIOLATIONS,
                "save of Signup is not valid, so nothing was sent: " + VIOLATIONS,
                "save of Signup is not valid, so nothing was sent: " + VIOLATIONS,
                "save of Signup is not valid, so nothing was sent: " + VIOLATIONS,
                "bulkSave of Signup: element 17 is not valid, so nothing was sent: age must be greater than or equal"
                        + " to 18 (value: 3)");
        assertThat(sent.operations).isEmpty();
        assertThat(items(client, table)).isEmpty();
    }

    @Test
    void bulkSave_withOneInvalidModel_namesIt_andWritesNone(DynamoDbClient client, @TableName String table) {
        List<Signup> batch = new ArrayList<>(IntStream.range(0, 30)
                .mapToObj(i -> new Signup("s" + i, "Ann", "ann@b.c", 30)).toList());
        batch.set(17, new Signup("s17", "Bob", "bob@b.c", 3));

        assertThatThrownBy(() -> Signup.objects.bulkSave(batch))
                .isInstanceOf(ValidationFailedException.class)
                .hasMessage("bulkSave of Signup: element 17 is not valid, so nothing was sent: age must be greater"
                        + " than or equal to 18 (value: 3)");
        assertThat(items(client, table)).isEmpty();
    }

    @Test
    void aTransaction_withOneInvalidModel_writesNothing(DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> Transaction.atomic(tx -> tx.create(VALID).save(INVALID)))
                .isInstanceOf(ValidationFailedException.class)
                .hasMessage("tx.save of Signup is not valid, so nothing was sent: " + VIOLATIONS);
        assertThatThrownBy(() -> Transaction.atomic(tx -> tx.create(INVALID)))
                .hasMessageStartingWith("tx.create of Signup is not valid");
        assertThat(items(client, table)).isEmpty();
    }

    @Test
    void aValidModel_isWritten(DynamoDbClient client, @TableName String table) {
        Signup.objects.create(VALID);
        Signup.objects.bulkSave(List.of(new Signup("s9", "Bo", "bo@b.c", 18)));

        assertThat(Signup.objects.get(Signup_.signupId.eq("s1"))).isEqualTo(VALID);
        assertThat(items(client, table)).hasSize(2);
    }

    @Test
    void anInstance_usesTheValidatorItIsGiven_orNoneWhenTurnedOff(DynamoDbClient client, @TableName String table) {
        Validator shouting = Validation.byDefaultProvider().configure()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return interpolate(template, context, Locale.ROOT);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale locale) {
                        return "BROKEN " + context.getConstraintDescriptor().getAnnotation().annotationType()
                                .getSimpleName();
                    }
                })
                .buildValidatorFactory().getValidator();
        Storm given = Storm.builder().client(client).tableName(table).validator(shouting).build();
        Storm unchecked = Storm.builder().client(client).tableName(table).validation(false).build();

        assertThatThrownBy(() -> given.manager(Signup.class).save(INVALID))
                .isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message)
                        .containsExactly("BROKEN Min", "BROKEN Email", "BROKEN NotBlank"));
        unchecked.manager(Signup.class).save(INVALID);

        assertThat(Signup.objects.get(Signup_.signupId.eq("s2"))).isEqualTo(INVALID);
    }
}
