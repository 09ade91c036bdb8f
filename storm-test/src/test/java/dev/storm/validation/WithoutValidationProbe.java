package dev.storm.validation;

import dev.storm.Manager;
import dev.storm.Storm;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Runs in a class loader without {@code jakarta.validation} or any provider: the writes that validate when it is there
 * work without it. Loaded by {@link WithoutValidationTest} only.
 */
public final class WithoutValidationProbe {

    private WithoutValidationProbe() {
    }

    /** What this class loader sees, and the users written and read back, as text. */
    public static String run(String endpoint, String table) {
        String api;
        try {
            Class.forName("jakarta.validation.Validation");
            api = "jakarta.validation present";
        } catch (ClassNotFoundException e) {
            api = "no jakarta.validation";
        }
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("storm", "storm")))
                .build()) {
            Manager<User> users = Storm.builder().client(client).tableName(table).build().manager(User.class);
            users.create(User.of("u1", "a@b.c"));
            users.save(User.of("u2", "b@b.c"));
            users.bulkSave(List.of(User.of("u3", "c@b.c")));
            return api + "; " + users.all().list().stream().map(User::userId).sorted().toList() + "; "
                    + users.get(User_.userId.eq("u1")).email();
        }
    }
}
