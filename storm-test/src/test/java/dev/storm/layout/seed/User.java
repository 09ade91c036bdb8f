package dev.storm.layout.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The seed README's user, with an attribute of every type STORM for Python 0.1 stores. */
@Meta(suffix = "USER")
public record User(
        @Field(pk = true, name = "user_id") String userId,
        @Field(sk = true) String type,
        String email,
        String name,
        @Field(gsi = true, identifier = "E", name = "email_gsi") String emailGsi,
        Integer age,
        double score,
        BigDecimal balance,
        boolean active,
        Map<String, Object> profile,
        List<String> tags,
        Set<String> roles,
        String nickname) implements Model<User> {

    public static final Manager<User> objects = Manager.of(User.class);

    public User {
        if (type == null) {
            type = "METADATA";
        }
    }

    public static User of(String userId, String email) {
        return new User(userId, null, email, "Test User", email, 30, 12345678.0, new BigDecimal("2.50"), true,
                Map.of("city", "Berlin", "zip", 10115), List.of("a", "b"), Set.of("admin"), null);
    }
}
