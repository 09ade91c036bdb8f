package dev.storm.bench.flow;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * The twenty {@link FirstUseModels} as Enhanced Client beans: twenty distinct bean classes holding the same
 * attributes, keys composed as STORM composes them. Stateless; each call returns new beans.
 */
public final class FirstUseBeans {

    private static final Instant AT = Instant.parse("2024-05-17T09:30:15Z");
    private static final List<String> TAGS = List.of("a", "b");

    private FirstUseBeans() {
    }

    /** One instance of each of the twenty beans, keyed by {@code id}. */
    public static List<FirstUseBean> all(String id) {
        return List.of(
                fill(new B01(), "M01", id, 1),
                fill(new B02(), "M02", id, 2),
                fill(new B03(), "M03", id, 3),
                fill(new B04(), "M04", id, 4),
                fill(new B05(), "M05", id, 5),
                fill(new B06(), "M06", id, 6),
                fill(new B07(), "M07", id, 7),
                fill(new B08(), "M08", id, 8),
                fill(new B09(), "M09", id, 9),
                fill(new B10(), "M10", id, 10),
                fill(new B11(), "M11", id, 11),
                fill(new B12(), "M12", id, 12),
                fill(new B13(), "M13", id, 13),
                fill(new B14(), "M14", id, 14),
                fill(new B15(), "M15", id, 15),
                fill(new B16(), "M16", id, 16),
                fill(new B17(), "M17", id, 17),
                fill(new B18(), "M18", id, 18),
                fill(new B19(), "M19", id, 19),
                fill(new B20(), "M20", id, 20));
    }

    private static FirstUseBean fill(FirstUseBean bean, String suffix, String id, int n) {
        bean.setPk("I#" + id + "#" + suffix);
        bean.setSk("K#first");
        bean.setId(id);
        bean.setKind("first");
        bean.setName("model " + n);
        bean.setCount(n);
        bean.setAt(AT);
        bean.setTags(TAGS);
        return bean;
    }

    /** First-use bean 1. */
    @DynamoDbBean
    public static class B01 extends FirstUseBean {
    }

    /** First-use bean 2. */
    @DynamoDbBean
    public static class B02 extends FirstUseBean {
    }

    /** First-use bean 3. */
    @DynamoDbBean
    public static class B03 extends FirstUseBean {
    }

    /** First-use bean 4. */
    @DynamoDbBean
    public static class B04 extends FirstUseBean {
    }

    /** First-use bean 5. */
    @DynamoDbBean
    public static class B05 extends FirstUseBean {
    }

    /** First-use bean 6. */
    @DynamoDbBean
    public static class B06 extends FirstUseBean {
    }

    /** First-use bean 7. */
    @DynamoDbBean
    public static class B07 extends FirstUseBean {
    }

    /** First-use bean 8. */
    @DynamoDbBean
    public static class B08 extends FirstUseBean {
    }

    /** First-use bean 9. */
    @DynamoDbBean
    public static class B09 extends FirstUseBean {
    }

    /** First-use bean 10. */
    @DynamoDbBean
    public static class B10 extends FirstUseBean {
    }

    /** First-use bean 11. */
    @DynamoDbBean
    public static class B11 extends FirstUseBean {
    }

    /** First-use bean 12. */
    @DynamoDbBean
    public static class B12 extends FirstUseBean {
    }

    /** First-use bean 13. */
    @DynamoDbBean
    public static class B13 extends FirstUseBean {
    }

    /** First-use bean 14. */
    @DynamoDbBean
    public static class B14 extends FirstUseBean {
    }

    /** First-use bean 15. */
    @DynamoDbBean
    public static class B15 extends FirstUseBean {
    }

    /** First-use bean 16. */
    @DynamoDbBean
    public static class B16 extends FirstUseBean {
    }

    /** First-use bean 17. */
    @DynamoDbBean
    public static class B17 extends FirstUseBean {
    }

    /** First-use bean 18. */
    @DynamoDbBean
    public static class B18 extends FirstUseBean {
    }

    /** First-use bean 19. */
    @DynamoDbBean
    public static class B19 extends FirstUseBean {
    }

    /** First-use bean 20. */
    @DynamoDbBean
    public static class B20 extends FirstUseBean {
    }
}
