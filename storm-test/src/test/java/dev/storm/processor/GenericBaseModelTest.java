package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.Storm;
import dev.storm.TableDefinition;
import dev.storm.processor.TestCompiler.Source;
import dev.storm.test.DynamoDbLocal;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A class model that gets {@code Model<M>} from a generic abstract base ({@code User extends Base<User>}), which the
 * processor accepts, is a model at run time too: it is written and read back through DynamoDB Local.
 */
class GenericBaseModelTest {

    @TempDir
    Path dir;

    @Test
    void aModelImplementingModelThroughAGenericBase_isAcceptedByBoth_andRoundTrips() throws Exception {
        Source source = Source.of("com.acme.User", """
                package com.acme;

                import dev.storm.*;

                abstract class Base<M extends Base<M>> implements Model<M> {
                    String createdBy;
                }

                public class User extends Base<User> {
                    @Field(pk = true) String userId;
                    int logins;

                    public User() {
                    }

                    public User(String userId, String createdBy, int logins) {
                        this.userId = userId;
                        this.createdBy = createdBy;
                        this.logins = logins;
                    }
                }
                """);
        Compilation compilation = TestCompiler.compileDiscovering(dir,
                List.of("-Xlint:all", "-processorpath", TestCompiler.stormProcessorEntry()), source);
        assertThat(compilation.errors()).as(compilation.describe()).isEmpty();
        assertThat(compilation.generatedFile("com.acme.User_")).exists();

        DynamoDbClient client = DynamoDbLocal.shared().client();
        String table = "generic-base-" + UUID.randomUUID();
        TableDefinition.create(client, table);
        Storm storm = Storm.builder().client(client).tableName(table).build();
        try (URLClassLoader loader = compilation.classLoader()) {
            Class<?> user = loader.loadClass("com.acme.User");
            Object ann = user.getConstructor(String.class, String.class, int.class).newInstance("u1", "admin", 3);

            create(storm, user, ann);

            Map<String, AttributeValue> item = client.scan(s -> s.tableName(table)).items().get(0);
            assertThat(item).containsEntry("PK", AttributeValue.fromS("U#u1#User"))
                    .containsEntry("createdBy", AttributeValue.fromS("admin"))
                    .containsEntry("logins", AttributeValue.fromN("3"));
            Object read = manager(storm, user).all().list().get(0);
            assertThat(read).extracting("userId", "createdBy", "logins").containsExactly("u1", "admin", 3);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void create(Storm storm, Class<?> type, Object model) {
        ((Manager) manager(storm, type)).create((Model) model);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Manager<?> manager(Storm storm, Class<?> type) {
        return storm.manager((Class) type);
    }
}
