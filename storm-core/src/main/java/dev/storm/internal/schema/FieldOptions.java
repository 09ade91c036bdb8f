package dev.storm.internal.schema;

import dev.storm.internal.Refusals;
import dev.storm.CreatedAt;
import dev.storm.Sortable;
import dev.storm.Ttl;
import dev.storm.UpdatedAt;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the annotations beside {@code @Field} say about one field: whether it is the TTL or a timestamp, and whether
 * its key text is rendered sortably, with how many integer digits. Read and checked once per field with the same rules
 * the annotation processor applies, so a model compiled without it fails on first use with the same message.
 *
 * @param digits the integer digits of a sortable number; 0 for a sortable time or a field that is not sortable
 */
public record FieldOptions(boolean ttl, boolean createdAt, boolean updatedAt, boolean sortable, int digits) {

    public static final FieldOptions NONE = new FieldOptions(false, false, false, false, 0);

    /** The most digits {@code @Sortable} takes; a larger number would make keys longer than anyone queries by. */
    public static final int MAX_DIGITS = 100;

    private static final Map<Class<?>, Integer> INTEGER_DIGITS = Map.of(
            byte.class, 3, Byte.class, 3, short.class, 5, Short.class, 5,
            int.class, 10, Integer.class, 10, long.class, 19, Long.class, 19, BigInteger.class, 0);
    private static final Set<Class<?>> DECIMALS = Set.of(float.class, Float.class, double.class, Double.class,
            BigDecimal.class);
    private static final Set<Class<?>> TIMES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class);

    static FieldOptions read(AnnotatedElement element, Class<?> rawType, boolean key, boolean version, String where) {
        boolean ttl = element.isAnnotationPresent(Ttl.class);
        boolean created = element.isAnnotationPresent(CreatedAt.class);
        boolean updated = element.isAnnotationPresent(UpdatedAt.class);
        Sortable sortable = element.getAnnotation(Sortable.class);
        List<String> roles = new ArrayList<>();
        for (var role : List.of(Map.entry(version, "@Version"), Map.entry(ttl, "@Ttl"),
                Map.entry(created, "@CreatedAt"), Map.entry(updated, "@UpdatedAt"))) {
            if (role.getKey()) {
                roles.add(role.getValue());
            }
        }
        if (roles.size() > 1) {
            throw Refusals.invalidModel(where + ": " + String.join(" and ", roles) + " cannot share a field;"
                    + " each needs a field of its own");
        }
        if (ttl && rawType != Instant.class && rawType != long.class && rawType != Long.class) {
            throw Refusals.invalidModel(where + ": @Ttl needs an Instant, or a long holding epoch seconds, not "
                    + rawType.getSimpleName());
        }
        if ((created || updated) && rawType != Instant.class) {
            throw Refusals.invalidModel(where + ": " + roles.get(0) + " needs an Instant field, not "
                    + rawType.getSimpleName());
        }
        if (sortable == null) {
            return ttl || created || updated ? new FieldOptions(ttl, created, updated, false, 0) : NONE;
        }
        return new FieldOptions(ttl, created, updated, true, digits(sortable.digits(), rawType, key, where));
    }

    private static int digits(int declared, Class<?> rawType, boolean key, String where) {
        if (!key) {
            throw Refusals.invalidModel(where + ": @Sortable shapes the text of a key part, but the field is in"
                    + " no key; mark it @Field(sk = true) (or pk, gsi, gsiSk) or remove @Sortable");
        }
        if (declared < 0 || declared > MAX_DIGITS) {
            throw Refusals.invalidModel(where + ": @Sortable(digits = " + declared + ") is outside 1.."
                    + MAX_DIGITS);
        }
        if (TIMES.contains(rawType)) {
            if (declared != 0) {
                throw Refusals.invalidModel(where + ": @Sortable on a " + rawType.getSimpleName()
                        + " has a fixed width already; remove digits = " + declared);
            }
            return 0;
        }
        if (rawType == OffsetDateTime.class || rawType == ZonedDateTime.class) {
            throw Refusals.invalidModel(where + ": a " + rawType.getSimpleName() + " cannot be @Sortable, since"
                    + " two values at one instant with different offsets would share a key; store an Instant");
        }
        Integer typeDigits = INTEGER_DIGITS.get(rawType);
        if (typeDigits == null && !DECIMALS.contains(rawType)) {
            throw Refusals.invalidModel(where + ": @Sortable applies to numbers and to Instant, LocalDate,"
                    + " LocalDateTime and LocalTime, not to " + rawType.getSimpleName() + ", whose text sorts as it is");
        }
        if (declared == 0 && (typeDigits == null || typeDigits == 0)) {
            throw Refusals.invalidModel(where + ": @Sortable on a " + rawType.getSimpleName() + " needs the"
                    + " number of integer digits, e.g. @Sortable(digits = 10)");
        }
        return declared != 0 ? declared : typeDigits;
    }
}
