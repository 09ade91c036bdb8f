package dev.storm.bench.flow;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The client a child JVM uses to reach the DynamoDB Local server its parent runs. Stateless. */
final class LocalClient {

    private LocalClient() {
    }

    static DynamoDbClient of(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("storm", "storm")))
                .build();
    }
}
