package dev.storm.spring.boot;

import dev.storm.test.DynamoDbLocal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An application's own {@code DynamoDbClient} bean: the shared in-process server's client, left open. */
@Configuration(proxyBeanMethods = false)
class LocalClient {

    @Bean(destroyMethod = "")
    DynamoDbClient ownClient() {
        return DynamoDbLocal.shared().client();
    }
}
