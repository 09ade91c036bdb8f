package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A key part of every key-part type: text in PK, numbers in SK, times and an enum in GSI1PK. */
@Meta(suffix = "Parts")
public record KeyParts02(
        @Field(pk = true, identifier = "S") String s,
        @Field(pk = true, identifier = "C") char c,
        @Field(pk = true, identifier = "B") boolean b,
        @Field(pk = true, identifier = "UU") UUID uuid,
        @Field(sk = true, identifier = "I") int i,
        @Field(sk = true, identifier = "L") long l,
        @Field(sk = true, identifier = "SH") short sh,
        @Field(sk = true, identifier = "BY") byte by,
        @Field(sk = true, identifier = "D") double d,
        @Field(sk = true, identifier = "F") float f,
        @Field(sk = true, identifier = "DEC") BigDecimal dec,
        @Field(sk = true, identifier = "BI") BigInteger big,
        @Field(gsi = true, identifier = "IN") Instant instant,
        @Field(gsi = true, identifier = "LD") LocalDate date,
        @Field(gsi = true, identifier = "LDT") LocalDateTime dateTime,
        @Field(gsi = true, identifier = "ODT") OffsetDateTime offset,
        @Field(gsi = true, identifier = "ZDT") ZonedDateTime zoned,
        @Field(gsi = true, identifier = "LT") LocalTime time,
        @Field(gsi = true, identifier = "E") NoSort.Color color) implements Model<KeyParts02> {

    public static final Manager<KeyParts02> objects = Manager.of(KeyParts02.class);
}
