package dev.storm.internal.codec;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;

/**
 * Values stored as an S in their standard text form: UUID and the java.time types. The ISO formatters always write
 * the seconds (unlike {@code LocalDateTime.toString()}), so one instant has one text and texts sort as time does.
 */
final class ParsedTextCodec<T> extends TextCodec<T> {

    static final ParsedTextCodec<UUID> UUIDS = new ParsedTextCodec<>("UUID", UUID::toString, UUID::fromString);
    static final ParsedTextCodec<Instant> INSTANTS =
            new ParsedTextCodec<>("Instant", IsoInstant::format, IsoInstant::parse);
    static final ParsedTextCodec<LocalDate> LOCAL_DATES =
            new ParsedTextCodec<>("LocalDate", DateTimeFormatter.ISO_LOCAL_DATE::format, LocalDate::parse);
    static final ParsedTextCodec<LocalDateTime> LOCAL_DATE_TIMES = new ParsedTextCodec<>(
            "LocalDateTime", DateTimeFormatter.ISO_LOCAL_DATE_TIME::format, LocalDateTime::parse);
    static final ParsedTextCodec<OffsetDateTime> OFFSET_DATE_TIMES = new ParsedTextCodec<>(
            "OffsetDateTime", DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, OffsetDateTime::parse);
    static final ParsedTextCodec<ZonedDateTime> ZONED_DATE_TIMES = new ParsedTextCodec<>(
            "ZonedDateTime", DateTimeFormatter.ISO_ZONED_DATE_TIME::format, ZonedDateTime::parse);
    static final ParsedTextCodec<LocalTime> LOCAL_TIMES =
            new ParsedTextCodec<>("LocalTime", DateTimeFormatter.ISO_LOCAL_TIME::format, LocalTime::parse);

    private final Function<T, String> formatter;
    private final Function<String, T> parser;

    private ParsedTextCodec(String javaType, Function<T, String> formatter, Function<String, T> parser) {
        super(false, javaType);
        this.formatter = formatter;
        this.parser = parser;
    }

    @Override
    String toText(T value) {
        return formatter.apply(value);
    }

    @Override
    T fromText(String text) {
        try {
            return parser.apply(text);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid " + javaType(), e);
        }
    }
}
