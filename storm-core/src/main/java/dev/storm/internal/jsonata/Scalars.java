package dev.storm.internal.jsonata;

import dev.storm.InvalidTemplateException;
import dev.storm.internal.codec.Codecs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * JSONata that turns a scalar value of the state input into the exact text the field's codec writes, or fails the
 * state with {@code $error} naming the field and the value. jsonata-js renders numbers through 15 significant digits,
 * so whole numbers are written with {@code $formatNumber(v, '0')} (exact up to 2^53), larger ones must come as digit
 * strings, and a fraction is accepted only where its 15-digit text is the number itself. Text of times, UUIDs and
 * enums must be in the codec's canonical form, which is also the key text the manager composes.
 */
final class Scalars {

    /** The largest whole number a JSON number (a double) holds exactly: 2^53 - 1. */
    private static final String EXACT = "9007199254740991";
    private static final Map<Class<?>, String[]> INTEGRAL = Map.of(
            byte.class, new String[] {"-128", "127"}, Byte.class, new String[] {"-128", "127"},
            short.class, new String[] {"-32768", "32767"}, Short.class, new String[] {"-32768", "32767"},
            int.class, new String[] {"-2147483648", "2147483647"},
            Integer.class, new String[] {"-2147483648", "2147483647"},
            long.class, new String[] {"-9223372036854775808", "9223372036854775807"},
            Long.class, new String[] {"-9223372036854775808", "9223372036854775807"},
            BigInteger.class, new String[] {null, null});
    private static final String WHOLE = "/^(0|-?[1-9][0-9]*)$/";
    private static final String DECIMAL = "/^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$/";
    private static final String PLAIN_DECIMAL = "/^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$/";
    private static final String DATE = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    private static final String TIME = "[0-9]{2}:[0-9]{2}:[0-9]{2}";

    private Scalars() {
    }

    /** The DynamoDB member of a scalar type (S, N, BOOL or B), or null when the type is not a scalar. */
    static String member(Class<?> c) {
        if (c == String.class || c == Character.class || c == char.class || c == UUID.class || c.isEnum()
                || c == Instant.class || c == LocalDate.class || c == LocalDateTime.class || c == LocalTime.class
                || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return "S";
        }
        if (Codecs.isNumeric(c)) {
            return "N";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "BOOL";
        }
        return c == byte[].class ? "B" : null;
    }

    /**
     * The value of the member, from the present (neither missing nor null) value held by the variable {@code v}:
     * the codec's text for S and N, the boolean for BOOL, the base64 text for B.
     *
     * @param what the field, for messages: {@code User.email}
     */
    static String value(Class<?> c, String v, String what) {
        String shown = "(" + "$type(" + v + ") = 'string' ? '\"' & " + v + " & '\"' : $string(" + v + "))";
        String fail = "$error(" + JsonataText.quote(what + ": ") + " & " + shown + " & ";
        if (c == String.class) {
            return is(v, "string") + " ? " + v + " : " + fail + "' is not text')";
        }
        if (c == char.class || c == Character.class) {
            return is(v, "string") + " and $length(" + v + ") = 1 ? " + v + " : " + fail + "' is not one character')";
        }
        if (c == boolean.class || c == Boolean.class) {
            return is(v, "boolean") + " ? " + v + " : " + fail + "' is not true or false')";
        }
        if (c == byte[].class) {
            return is(v, "string") + " and $contains(" + v + ", /^[A-Za-z0-9+\\/]*={0,2}$/) ? " + v + " : " + fail
                    + "' is not base64 text')";
        }
        if (c.isEnum()) {
            StringJoiner names = new StringJoiner(", ", "[", "]");
            for (Object constant : c.getEnumConstants()) {
                names.add(JsonataText.quote(((Enum<?>) constant).name()));
            }
            return is(v, "string") + " and " + v + " in " + names + " ? " + v + " : " + fail
                    + JsonataText.quote(" is not one of " + names.toString().replace("'", "")) + ")";
        }
        if (c == UUID.class) {
            return is(v, "string") + " and $contains(" + v + ", /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                    + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/) ? $lowercase(" + v + ") : " + fail + "' is not a UUID')";
        }
        if (INTEGRAL.containsKey(c)) {
            return integral(INTEGRAL.get(c), v, fail);
        }
        if (Codecs.isNumeric(c)) {
            return "$type(" + v + ") = 'number' ? ($number($string(" + v + ")) = " + v + " ? $string(" + v + ") : "
                    + fail + "' (its text in the 15 significant digits JSONata writes) is not exactly the number given; give"
                    + " the number as a string')) : " + is(v, "string") + " and $contains(" + v + ", " + DECIMAL
                    + ") ? " + v + " : " + fail + "' is not a number')";
        }
        return time(c, v, fail);
    }

    /**
     * The key text of a present value: the value's text, as the manager composes keys from the stored attribute.
     *
     * @throws InvalidTemplateException when the manager renders the type's key text in a way JSONata cannot
     */
    static String keyText(Class<?> c, String v, String what) {
        if (c == boolean.class || c == Boolean.class) {
            return "$string(" + value(c, v, what) + ")";
        }
        if (c == BigDecimal.class) {
            return is(v, "string") + " and $contains(" + v + ", " + PLAIN_DECIMAL + ") ? " + v + " : $error("
                    + JsonataText.quote(what + " is part of a key, so it must be a string of a plain decimal (no"
                    + " exponent), written as the model holds it; got ") + " & $string(" + v + "))";
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == ZonedDateTime.class
                || member(c) == null || "B".equals(member(c))) {
            throw new InvalidTemplateException(what + " is a " + c.getSimpleName() + " key part, whose key text"
                    + " (Java's own rendering) a Step Functions template cannot reproduce in JSONata; make the key part a"
                    + " String, a whole number, a BigDecimal or an Instant, or write this model from Java");
        }
        return value(c, v, what);
    }

    private static String is(String v, String type) {
        return "$type(" + v + ") = '" + type + "'";
    }

    private static String integral(String[] range, String v, String fail) {
        String min = range[0];
        String max = range[1];
        String numberMin = min == null || min.length() > EXACT.length() ? "-" + EXACT : min;
        String numberMax = max == null || max.length() >= EXACT.length() ? EXACT : max;
        String inRange;
        if (min == null) {
            inRange = "$length($replace(" + v + ", '-', '')) <= 38";
        } else {
            // digit strings of one length compare as their numbers do
            inRange = "($d := $replace(" + v + ", '-', ''); $l := $substring(" + v + ", 0, 1) = '-' ? '"
                    + min.substring(1) + "' : '" + max + "'; $length($d) < $length($l) or $length($d) = $length($l)"
                    + " and $d <= $l)";
        }
        String bounds = min == null ? "" : " from " + min + " to " + max;
        return "$type(" + v + ") = 'number' ? (" + v + " = $floor(" + v + ") and " + v + " >= " + numberMin + " and "
                + v + " <= " + numberMax + " ? $formatNumber(" + v + ", '0') : " + fail
                + JsonataText.quote(" is not a whole number" + bounds + " that a JSON number holds exactly (up to "
                + EXACT + "); give larger ones as a string of digits") + ")) : " + is(v, "string") + " and $contains("
                + v + ", " + WHOLE + ") and " + inRange + " ? " + v + " : " + fail
                + JsonataText.quote(" is not a whole number" + bounds + " written as digits, without leading zeros")
                + ")";
    }

    private static String time(Class<?> c, String v, String fail) {
        String shape;
        String base;
        if (c == Instant.class) {
            shape = "^" + DATE + "T" + TIME + "(\\.[0-9]{3}|\\.[0-9]{6}|\\.[0-9]{9})?Z$";
            base = "$substring(" + v + ", 0, 19)";
            String fraction = "$substring(" + v + ", 19, $length(" + v + ") - 20)";
            // ISO_INSTANT writes the fraction in groups of three digits, only as many groups as it needs
            String canonical = "($f := " + fraction + "; $f = '' or $substring($f, $length($f) - 3) != '000')";
            return is(v, "string") + " and $contains(" + v + ", /" + shape + "/) and " + valid(base) + " and "
                    + canonical + " ? " + v + " : " + fail + JsonataText.quote(" is not an instant in canonical ISO-8601"
                    + " text, such as 2024-05-17T09:30:15Z or 2024-05-17T09:30:15.250Z (UTC, a fraction of 3, 6 or 9"
                    + " digits only when not zero)") + ")";
        }
        if (c == LocalDate.class) {
            return is(v, "string") + " and $contains(" + v + ", /^" + DATE + "$/) and "
                    + valid(v + " & 'T00:00:00'") + " ? " + v + " : " + fail + "' is not a date such as 2024-05-17')";
        }
        String fraction = "(\\.[0-9]*[1-9])?";
        if (c == LocalDateTime.class) {
            return is(v, "string") + " and $contains(" + v + ", /^" + DATE + "T" + TIME + fraction + "$/) and "
                    + valid("$substring(" + v + ", 0, 19)") + " ? " + v + " : " + fail
                    + "' is not a local date-time such as 2024-05-17T09:30:15 (seconds always written, no trailing"
                    + " zeros in a fraction)')";
        }
        if (c == LocalTime.class) {
            return is(v, "string") + " and $contains(" + v + ", /^" + TIME + fraction + "$/) and "
                    + valid("'1970-01-01T' & $substring(" + v + ", 0, 8)") + " ? " + v + " : " + fail
                    + "' is not a time such as 09:30:15 (seconds always written, no trailing zeros in a fraction)')";
        }
        if (c == OffsetDateTime.class) {
            return is(v, "string") + " and $contains(" + v + ", /^" + DATE + "T" + TIME + fraction
                    + "(Z|[-+](0[0-9]|1[0-8]):[0-5][0-9])$/) and $not($contains(" + v + ", /[-+]00:00$/)) and "
                    + valid("$substring(" + v + ", 0, 19)") + " ? " + v + " : " + fail
                    + "' is not a date-time with an offset such as 2024-05-17T09:30:15+02:00 or"
                    + " 2024-05-17T09:30:15Z')";
        }
        // a ZonedDateTime's text names its zone, which JSONata cannot check
        return is(v, "string") + " ? " + v + " : " + fail + "' is not text')";
    }

    /** Whether {@code yyyy-MM-ddTHH:mm:ss} is a date and time that exist (not February 30, not 24:00). */
    private static String valid(String dateTime) {
        return "($t := " + dateTime + "; $fromMillis($toMillis($t & 'Z')) = $t & '.000Z')";
    }

    /** JSONata giving the current time as an Instant's canonical text: the time the state was entered. */
    static String now() {
        return "$replace($exists($states.context.State.EnteredTime) ? $states.context.State.EnteredTime : $now(),"
                + " '.000Z', 'Z')";
    }

    /**
     * JSONata giving what a {@code @Ttl Instant} stores, whole epoch seconds, from the present value {@code v}: epoch
     * seconds already (as the model's JSON holds them) or an instant's canonical text.
     */
    static String epochSeconds(String v, String what) {
        return "$type(" + v + ") = 'number' ? " + value(long.class, v, what) + " : $formatNumber($floor($toMillis("
                + value(Instant.class, v, what) + ") / 1000), '0')";
    }
}
