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

/**
 * Values stored as an S in their standard text form: UUID and the java.time types. The ISO formatters always write
 * the seconds (unlike {@code LocalDateTime.toString()}), so one instant has one text and texts sort as time does.
 */
abstract class ParsedTextCodec<T> extends TextCodec<T> {

    // Subclasses rather than method references: the codecs are created with the first model, and each method
    // reference would have to be spun into a class at that moment, slowing every application's first use.
    static ParsedTextCodec<UUID> uuids() {
        return new ParsedTextCodec<>("UUID") {
            @Override
            String format(UUID value) {
                return value.toString();
            }

            @Override
            UUID parse(String text) {
                return UUID.fromString(text);
            }
        };
    }

    static ParsedTextCodec<Instant> instants() {
        return new ParsedTextCodec<>("Instant") {
            @Override
            String format(Instant value) {
                return IsoInstant.format(value);
            }

            @Override
            Instant parse(String text) {
                return IsoInstant.parse(text);
            }
        };
    }

    static ParsedTextCodec<LocalDate> localDates() {
        return new ParsedTextCodec<>("LocalDate") {
            @Override
            String format(LocalDate value) {
                return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
            }

            @Override
            LocalDate parse(String text) {
                return LocalDate.parse(text);
            }
        };
    }

    static ParsedTextCodec<LocalDateTime> localDateTimes() {
        return new ParsedTextCodec<>("LocalDateTime") {
            @Override
            String format(LocalDateTime value) {
                return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
            }

            @Override
            LocalDateTime parse(String text) {
                return LocalDateTime.parse(text);
            }
        };
    }

    static ParsedTextCodec<OffsetDateTime> offsetDateTimes() {
        return new ParsedTextCodec<>("OffsetDateTime") {
            @Override
            String format(OffsetDateTime value) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
            }

            @Override
            OffsetDateTime parse(String text) {
                return OffsetDateTime.parse(text);
            }
        };
    }

    static ParsedTextCodec<ZonedDateTime> zonedDateTimes() {
        return new ParsedTextCodec<>("ZonedDateTime") {
            @Override
            String format(ZonedDateTime value) {
                return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value);
            }

            @Override
            ZonedDateTime parse(String text) {
                return ZonedDateTime.parse(text);
            }
        };
    }

    static ParsedTextCodec<LocalTime> localTimes() {
        return new ParsedTextCodec<>("LocalTime") {
            @Override
            String format(LocalTime value) {
                return DateTimeFormatter.ISO_LOCAL_TIME.format(value);
            }

            @Override
            LocalTime parse(String text) {
                return LocalTime.parse(text);
            }
        };
    }

    private ParsedTextCodec(String javaType) {
        super(false, javaType);
    }

    /** The text of a value. */
    abstract String format(T value);

    /** The value of a text; DateTimeException or IllegalArgumentException when it is not one. */
    abstract T parse(String text);

    @Override
    final String toText(T value) {
        return format(value);
    }

    @Override
    final T fromText(String text) {
        try {
            return parse(text);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a valid " + javaType(), e);
        }
    }
}
