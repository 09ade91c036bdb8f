package dev.storm.consumer;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A client built as an application builds one: where mixed SDK versions fail with NoClassDefFoundError. */
public final class Clients {

    private Clients() {
    }

    /** A client of the given endpoint, region us-east-1, the same static credentials every time. */
    public static DynamoDbClient of(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("storm", "storm")))
                .build();
    }
}
