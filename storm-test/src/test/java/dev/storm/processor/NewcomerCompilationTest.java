package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.processor.TestCompiler.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first build: the README's models and the calls a first test makes compile with storm-processor on the
 * processor path (as annotationProcessorPaths puts it) under {@code -Xlint:all -Werror} without a single warning.
 */
class NewcomerCompilationTest {

    private static final Source USER = Source.of("com.acme.User", """
            package com.acme;

            import dev.storm.Field;
            import dev.storm.Manager;
            import dev.storm.Meta;
            import dev.storm.Model;

            @Meta(suffix = "USER")
            public record User(
                    @Field(pk = true) String userId,
                    @Field(sk = true) String type,
                    String email,
                    String name,
                    @Field(gsi = true, identifier = "E") String emailGsi,
                    int logins) implements Model<User> {

                public static final Manager<User> objects = Manager.of(User.class);

                public User {
                    if (type == null) {
                        type = "METADATA";
                    }
                }
            }
            """);

    private static final Source ORDER = Source.of("com.acme.Order", """
            package com.acme;

            import dev.storm.Field;
            import dev.storm.Manager;
            import dev.storm.Meta;
            import dev.storm.Model;

            @Meta(suffix = "USER")
            public record Order(
                    @Field(pk = true) String userId,
                    @Field(sk = true, identifier = "O") String orderId,
                    double amount,
                    String status,
                    String note,
                    String channel) implements Model<Order> {

                public static final Manager<Order> objects = Manager.of(Order.class);
            }
            """);

    private static final Source FIRST_TEST = Source.of("com.acme.FirstSteps", """
            package com.acme;

            import dev.storm.ConnectionManager;
            import dev.storm.F;
            import dev.storm.ItemCollection;
            import dev.storm.Storm;
            import dev.storm.TableContext;
            import dev.storm.Transaction;
            import java.util.List;
            import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

            public final class FirstSteps {

                private FirstSteps() {
                }

                public static List<Order> run(DynamoDbClient client) {
                    User u = User.objects.create(new User("u1", null, "a@b.c", "Ann", "a@b.c", 0));
                    u.update(User_.logins.set(F.of(User_.logins).plus(1)));
                    u.update(User_.name.set("Bo"), User_.email.set("b@b.c"), User_.emailGsi.set("b@b.c"),
                            User_.logins.add(1));
                    Order o = Order.objects.create(new Order("u1", "o1", 25, "NEW", null, "web"));
                    o.update(Order_.amount.set(30.0), Order_.status.set("PAID"), Order_.note.set("gift"),
                            Order_.channel.set("app"), Order_.amount.add(1));
                    o.update(Order_.amount.set(30.0), Order_.status.set("PAID"), Order_.note.set("gift"),
                            Order_.channel.set("app"), Order_.amount.add(1), Order_.note.remove());
                    TableContext tenant = ConnectionManager.table().tableContext("tenant-42", null);
                    try (tenant) {
                        User.objects.get(User_.userId.eq("u1"));
                    }
                    Storm storm = Storm.builder().client(client).tableName("app").build();
                    storm.atomic(tx -> tx.create(new Order("u1", "o2", 5, "NEW", null, "web")));
                    Transaction.atomic(tx -> tx.delete(o));
                    ItemCollection.of(User.class, Order.class).using(User_.userId.eq("u1")).fetch();
                    return storm.manager(Order.class).using(Order_.userId.eq("u1")).limit(20).list();
                }
            }
            """);

    @TempDir
    Path dir;

    @Test
    void theReadmeModelsAndAFirstTest_compileWithoutAnyWarning_underXlintAllAndWerror() {
        Compilation compilation = TestCompiler.compileDiscovering(dir, options(), USER, ORDER, FIRST_TEST);

        assertThat(compilation.diagnostics()).as(compilation.describe())
                .noneMatch(d -> d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING
                        || d.getKind() == Diagnostic.Kind.ERROR);
        assertThat(compilation.success()).as(compilation.describe()).isTrue();
        assertThat(compilation.generatedFile("com.acme.User_")).exists();
        assertThat(compilation.generatedFile("com.acme.User_Codec")).exists();
    }

    @Test
    void aContextDeclaredInsideTheTry_isWhatJavacWarnsAbout() {
        Source declaredInside = Source.of("com.acme.Inside", """
                package com.acme;

                import dev.storm.ConnectionManager;
                import dev.storm.TableContext;

                public final class Inside {
                    static void run() {
                        try (TableContext ignored = ConnectionManager.table().tableContext("tenant-42", null)) {
                            User.objects.get(User_.userId.eq("u1"));
                        }
                    }
                }
                """);

        Compilation compilation = TestCompiler.compileDiscovering(dir, options(), USER, declaredInside);

        assertThat(compilation.diagnostics()).as(compilation.describe())
                .filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
                .extracting(d -> d.getMessage(Locale.ROOT))
                .containsExactly("auto-closeable resource ignored is never referenced in body of corresponding try"
                        + " statement");
    }

    /** {@code -Xlint:all -Werror}, with storm-processor as the only entry of the processor path. */
    private static List<String> options() {
        return List.of("-Xlint:all", "-Werror", "-processorpath", TestCompiler.stormProcessorEntry());
    }
}
