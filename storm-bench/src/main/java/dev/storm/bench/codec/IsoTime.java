package dev.storm.bench.codec;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Instants as ISO-8601 UTC text ({@code 2024-05-17T09:30:15.250Z}), written and read by hand with the civil-calendar
 * arithmetic of days since 1970, as a developer tuning a hand-written codec would. Covers years 1970 to 9999 with
 * 0, 3, 6 or 9 fraction digits; anything else goes to the JDK. Stateless, thread-safe.
 */
final class IsoTime {

    private static final long DAY = 86_400;
    private static final long MAX_SECOND = 253_402_300_799L;

    private IsoTime() {
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > MAX_SECOND) {
            return instant.toString();
        }
        long days = seconds / DAY;
        int second = (int) (seconds % DAY);
        // days since 1970-01-01 to year, month, day in the proleptic Gregorian calendar (eras of 400 years)
        long z = days + 719_468;
        long era = z / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        int nano = instant.getNano();
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        byte[] b = new byte[digits == 0 ? 20 : 21 + digits];
        digits(b, 0, year, 4);
        b[4] = '-';
        digits(b, 5, month, 2);
        b[7] = '-';
        digits(b, 8, day, 2);
        b[10] = 'T';
        digits(b, 11, second / 3600, 2);
        b[13] = ':';
        digits(b, 14, second / 60 % 60, 2);
        b[16] = ':';
        digits(b, 17, second % 60, 2);
        if (digits > 0) {
            b[19] = '.';
            digits(b, 20, digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1_000 : nano, digits);
        }
        b[b.length - 1] = 'Z';
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length != 20 && length != 24 && length != 27 && length != 30 || text.charAt(length - 1) != 'Z'
                || text.charAt(10) != 'T') {
            return Instant.parse(text);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int fraction = length == 20 ? 0 : number(text, 20, length - 21);
        if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59
                || second > 59 || (hour | minute | second | fraction) < 0 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || length > 20 && text.charAt(19) != '.') {
            return Instant.parse(text);
        }
        // year, month, day to days since 1970-01-01, the inverse of format's arithmetic
        long y = month <= 2 ? year - 1 : year;
        long era = y / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        long days = era * 146_097 + dayOfEra - 719_468;
        int scale = length == 24 ? 1_000_000 : length == 27 ? 1_000 : 1;
        return Instant.ofEpochSecond(days * DAY + hour * 3600L + minute * 60L + second, (long) fraction * scale);
    }

    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    private static void digits(byte[] b, int from, int value, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            b[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
