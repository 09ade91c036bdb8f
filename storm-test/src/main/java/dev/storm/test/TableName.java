package dev.storm.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a test, lifecycle method or constructor in a {@link StormTest} class that
 * receives the name of the table the test runs against.
 *
 * <pre>{@code
 * @Test
 * void describe_showsTheKeys(DynamoDbClient client, @TableName String table) {
 *     assertThat(client.describeTable(d -> d.tableName(table)).table().keySchema()).hasSize(2);
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface TableName {
}
