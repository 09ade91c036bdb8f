package dev.storm.examples.service;

import dev.storm.test.DynamoDbLocal;
import org.springframework.boot.SpringApplication;

/**
 * Runs the shop service on an embedded DynamoDB Local, for trying it without any AWS account or server:
 * {@code mvn -q -B -DskipTests -Pservice -pl storm-examples -am verify}, then {@code curl localhost:8080/users/...}.
 */
public final class LocalShop {

    private LocalShop() {
    }

    /**
     * Starts DynamoDB Local, then the service against it; stops both on Ctrl-C.
     *
     * @param args Spring Boot command-line arguments, e.g. {@code --server.port=9090}
     */
    public static void main(String[] args) {
        DynamoDbLocal local = DynamoDbLocal.start();
        Runtime.getRuntime().addShutdownHook(new Thread(local::close, "shop-dynamodb-local"));
        // DynamoDB Local accepts any credentials; the SDK's default chain still needs some, and a region
        System.setProperty("aws.accessKeyId", System.getProperty("aws.accessKeyId", "local"));
        System.setProperty("aws.secretAccessKey", System.getProperty("aws.secretAccessKey", "local"));
        System.setProperty("storm.region", System.getProperty("storm.region", "us-east-1"));
        System.setProperty("storm.endpoint", local.endpoint().toString());
        SpringApplication.run(ShopApplication.class, args);
    }
}
