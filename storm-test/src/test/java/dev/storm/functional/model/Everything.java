package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One field of every supported type. */
public record Everything(
        @Field(pk = true) String id,
        String text,
        int anInt, long aLong, short aShort, byte aByte, double aDouble, float aFloat, boolean aBoolean,
        Integer boxedInt, Long boxedLong, Double boxedDouble, Boolean boxedBoolean,
        BigDecimal decimal, BigInteger bigInteger,
        Level level, UUID uuid,
        Instant instant, LocalDate date, LocalDateTime dateTime, OffsetDateTime offsetDateTime,
        byte[] bytes,
        List<String> tags, Set<String> labels, Set<Long> scores,
        Map<String, Integer> counts,
        Address address,
        List<Address> history,
        Map<String, List<Address>> nested) implements Model<Everything> {

    public static final Manager<Everything> objects = Manager.of(Everything.class);

    public enum Level { LOW, HIGH }

    public record Address(String street, int number, @Field(name = "zip_code") String zip) {
    }
}
