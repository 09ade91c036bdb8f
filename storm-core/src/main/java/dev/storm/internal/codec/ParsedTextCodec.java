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

    // Named subclasses rather than method references, which would be spun into classes at first use; each holds its
    // instance, so a type's codec class is loaded only when a field of that type is first mapped.
    static ParsedTextCodec<UUID> uuids() {
        return Uuids.INSTANCE;
    }

    static ParsedTextCodec<Instant> instants() {
        return Instants.INSTANCE;
    }

    static ParsedTextCodec<LocalDate> localDates() {
        return LocalDates.INSTANCE;
    }

    static ParsedTextCodec<LocalDateTime> localDateTimes() {
        return LocalDateTimes.INSTANCE;
    }

    static ParsedTextCodec<OffsetDateTime> offsetDateTimes() {
        return OffsetDateTimes.INSTANCE;
    }

    static ParsedTextCodec<ZonedDateTime> zonedDateTimes() {
        return ZonedDateTimes.INSTANCE;
    }

    static ParsedTextCodec<LocalTime> localTimes() {
        return LocalTimes.INSTANCE;
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

    private static final class Uuids extends ParsedTextCodec<UUID> {
        static final ParsedTextCodec<UUID> INSTANCE = new Uuids();

        private Uuids() {
            super("UUID");
        }

        @Override
        String format(UUID value) {
            return value.toString();
        }

        @Override
        UUID parse(String text) {
            return UUID.fromString(text);
        }
    }

    private static final class Instants extends ParsedTextCodec<Instant> {
        static final ParsedTextCodec<Instant> INSTANCE = new Instants();

        private Instants() {
            super("Instant");
        }

        @Override
        String format(Instant value) {
            return IsoInstant.format(value);
        }

        @Override
        Instant parse(String text) {
            return IsoInstant.parse(text);
        }
    }

    private static final class LocalDates extends ParsedTextCodec<LocalDate> {
        static final ParsedTextCodec<LocalDate> INSTANCE = new LocalDates();

        private LocalDates() {
            super("LocalDate");
        }

        @Override
        String format(LocalDate value) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
        }

        @Override
        LocalDate parse(String text) {
            return LocalDate.parse(text);
        }
    }

    private static final class LocalDateTimes extends ParsedTextCodec<LocalDateTime> {
        static final ParsedTextCodec<LocalDateTime> INSTANCE = new LocalDateTimes();

        private LocalDateTimes() {
            super("LocalDateTime");
        }

        @Override
        String format(LocalDateTime value) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value);
        }

        @Override
        LocalDateTime parse(String text) {
            return LocalDateTime.parse(text);
        }
    }

    private static final class OffsetDateTimes extends ParsedTextCodec<OffsetDateTime> {
        static final ParsedTextCodec<OffsetDateTime> INSTANCE = new OffsetDateTimes();

        private OffsetDateTimes() {
            super("OffsetDateTime");
        }

        @Override
        String format(OffsetDateTime value) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        }

        @Override
        OffsetDateTime parse(String text) {
            return OffsetDateTime.parse(text);
        }
    }

    private static final class ZonedDateTimes extends ParsedTextCodec<ZonedDateTime> {
        static final ParsedTextCodec<ZonedDateTime> INSTANCE = new ZonedDateTimes();

        private ZonedDateTimes() {
            super("ZonedDateTime");
        }

        @Override
        String format(ZonedDateTime value) {
            return DateTimeFormatter.ISO_ZONED_DATE_TIME.format(value);
        }

        @Override
        ZonedDateTime parse(String text) {
            return ZonedDateTime.parse(text);
        }
    }

    private static final class LocalTimes extends ParsedTextCodec<LocalTime> {
        static final ParsedTextCodec<LocalTime> INSTANCE = new LocalTimes();

        private LocalTimes() {
            super("LocalTime");
        }

        @Override
        String format(LocalTime value) {
            return DateTimeFormatter.ISO_LOCAL_TIME.format(value);
        }

        @Override
        LocalTime parse(String text) {
            return LocalTime.parse(text);
        }
    }
}
