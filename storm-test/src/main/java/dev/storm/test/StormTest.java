package dev.storm.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against this JVM's shared {@link DynamoDbLocal} server, in a fresh STORM table that
 * every STORM call on the test thread uses (see {@link StormExtension}). A {@code @Nested} class shares its outer
 * class's table unless it carries its own {@code @StormTest}.
 *
 * <pre>{@code
 * @StormTest
 * class UserTest {
 *     @Test
 *     void create_thenGet_returnsTheUser(DynamoDbClient client, @TableName String table) {
 *         User.objects.create(new User("u1", null, "a@b.c", "Ann", "a@b.c"));
 *         assertThat(User.objects.get(User_.userId.eq("u1")).name()).isEqualTo("Ann");
 *     }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(StormExtension.class)
public @interface StormTest {

    /**
     * Whether each test method gets a table of its own instead of one table for the whole class.
     *
     * @return true for a table per test method
     */
    boolean tablePerMethod() default false;

    /**
     * How many global secondary indexes the table has ({@code GSI1}, {@code GSI2}...), from 0 to 20.
     *
     * @return the index count
     */
    int indexCount() default 1;
}
