package dev.storm.internal.codec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * {@link Instant} to and from its ISO-8601 text exactly as {@link DateTimeFormatter#ISO_INSTANT} writes and reads it,
 * several times faster for the common shape {@code 2024-05-17T09:30:15.250Z} (years 0000 to 9999, fractions of 0,
 * 3, 6 or 9 digits). Texts and instants outside that shape go to the JDK formatter itself, so results and errors
 * are the JDK's. Stateless, thread-safe.
 */
final class IsoInstant {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years written with exactly four digits. */
    private static final long MIN_SECOND = -62_167_219_200L;
    private static final long MAX_SECOND = 253_402_300_799L;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
            100_000_000, 1_000_000_000};

    private IsoInstant() {
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        int nano = instant.getNano();
        // ISO_INSTANT prints as many digits as the nanoseconds need, in groups of three
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        byte[] text = new byte[digits == 0 ? 20 : 21 + digits];
        put(text, 0, date.getYear(), 4);
        text[4] = '-';
        put(text, 5, date.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, date.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        put(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        put(text, 17, secondOfDay % 60, 2);
        if (digits > 0) {
            text[19] = '.';
            put(text, 20, nano / POWERS_OF_TEN[9 - digits], digits);
        }
        text[text.length - 1] = 'Z';
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || length == 21 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || (length > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fractionDigits = length == 20 ? 0 : length - 21;
        int fraction = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        // day 29 to 31 may not exist in the month, hour 24 and second 60 have special meanings: the JDK decides
        if ((year | month | day | hour | minute | second | fraction) < 0 || month < 1 || month > 12 || day < 1
                || day > 28 || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second,
                (long) fraction * POWERS_OF_TEN[9 - fractionDigits]);
    }

    /** The number of {@code count} ASCII digits at {@code start}, or -1 when one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static void put(byte[] text, int start, int value, int count) {
        for (int i = start + count - 1; i >= start; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
