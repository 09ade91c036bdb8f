package dev.storm.bench.flow;

import dev.storm.Field;
import dev.storm.Meta;
import dev.storm.Model;
import java.time.Instant;
import java.util.List;

/**
 * Twenty distinct models of one shape (six fields: two key parts, a string, a number, a timestamp and a list), so
 * that first use is measured over twenty schemas, as an application with twenty entities would pay it. The models
 * are immutable records.
 */
public final class FirstUseModels {

    private static final Instant AT = Instant.parse("2024-05-17T09:30:15Z");
    private static final List<String> TAGS = List.of("a", "b");

    private FirstUseModels() {
    }

    /** One instance of each of the twenty models, keyed by {@code id}. */
    public static List<Model<?>> all(String id) {
        return List.of(
                new M01(id, "first", "model 1", 1, AT, TAGS),
                new M02(id, "first", "model 2", 2, AT, TAGS),
                new M03(id, "first", "model 3", 3, AT, TAGS),
                new M04(id, "first", "model 4", 4, AT, TAGS),
                new M05(id, "first", "model 5", 5, AT, TAGS),
                new M06(id, "first", "model 6", 6, AT, TAGS),
                new M07(id, "first", "model 7", 7, AT, TAGS),
                new M08(id, "first", "model 8", 8, AT, TAGS),
                new M09(id, "first", "model 9", 9, AT, TAGS),
                new M10(id, "first", "model 10", 10, AT, TAGS),
                new M11(id, "first", "model 11", 11, AT, TAGS),
                new M12(id, "first", "model 12", 12, AT, TAGS),
                new M13(id, "first", "model 13", 13, AT, TAGS),
                new M14(id, "first", "model 14", 14, AT, TAGS),
                new M15(id, "first", "model 15", 15, AT, TAGS),
                new M16(id, "first", "model 16", 16, AT, TAGS),
                new M17(id, "first", "model 17", 17, AT, TAGS),
                new M18(id, "first", "model 18", 18, AT, TAGS),
                new M19(id, "first", "model 19", 19, AT, TAGS),
                new M20(id, "first", "model 20", 20, AT, TAGS));
    }

    /** First-use model 1. */
    @Meta(suffix = "M01")
    public record M01(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M01> {
    }

    /** First-use model 2. */
    @Meta(suffix = "M02")
    public record M02(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M02> {
    }

    /** First-use model 3. */
    @Meta(suffix = "M03")
    public record M03(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M03> {
    }

    /** First-use model 4. */
    @Meta(suffix = "M04")
    public record M04(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M04> {
    }

    /** First-use model 5. */
    @Meta(suffix = "M05")
    public record M05(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M05> {
    }

    /** First-use model 6. */
    @Meta(suffix = "M06")
    public record M06(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M06> {
    }

    /** First-use model 7. */
    @Meta(suffix = "M07")
    public record M07(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M07> {
    }

    /** First-use model 8. */
    @Meta(suffix = "M08")
    public record M08(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M08> {
    }

    /** First-use model 9. */
    @Meta(suffix = "M09")
    public record M09(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M09> {
    }

    /** First-use model 10. */
    @Meta(suffix = "M10")
    public record M10(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M10> {
    }

    /** First-use model 11. */
    @Meta(suffix = "M11")
    public record M11(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M11> {
    }

    /** First-use model 12. */
    @Meta(suffix = "M12")
    public record M12(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M12> {
    }

    /** First-use model 13. */
    @Meta(suffix = "M13")
    public record M13(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M13> {
    }

    /** First-use model 14. */
    @Meta(suffix = "M14")
    public record M14(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M14> {
    }

    /** First-use model 15. */
    @Meta(suffix = "M15")
    public record M15(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M15> {
    }

    /** First-use model 16. */
    @Meta(suffix = "M16")
    public record M16(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M16> {
    }

    /** First-use model 17. */
    @Meta(suffix = "M17")
    public record M17(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M17> {
    }

    /** First-use model 18. */
    @Meta(suffix = "M18")
    public record M18(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M18> {
    }

    /** First-use model 19. */
    @Meta(suffix = "M19")
    public record M19(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M19> {
    }

    /** First-use model 20. */
    @Meta(suffix = "M20")
    public record M20(@Field(pk = true) String id, @Field(sk = true) String kind, String name, int count, Instant at,
                      List<String> tags) implements Model<M20> {
    }
}
