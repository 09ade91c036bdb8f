package dev.storm.bench.layer;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A plain SDK client for an endpoint on this machine (DynamoDB Local, the canned endpoint). Stateless. */
public final class LocalClient {

    private LocalClient() {
    }

    public static DynamoDbClient of(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("storm", "storm")))
                .build();
    }
}
