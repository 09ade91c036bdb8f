package dev.storm.spring.boot;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * On a Spring Boot test class: the application's STORM runs on storm-test's in-process DynamoDB Local (one server
 * per JVM), in the application's configured table, created when absent. Needs {@code dev.storm:storm-test} on the
 * test class path. An application's own {@code DynamoDbClient} bean still wins.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * @AutoConfigureDynamoDbLocal
 * class ShopApplicationTest { ... }
 * }</pre>
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration(DynamoDbLocalAutoConfiguration.class)
public @interface AutoConfigureDynamoDbLocal {
}
