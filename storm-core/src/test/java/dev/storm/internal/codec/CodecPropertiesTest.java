package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.time.api.DateTimes;
import net.jqwik.time.api.Dates;

/** Encoding then decoding gives back an equal value, for every supported type; what DynamoDB cannot hold is refused. */
class CodecPropertiesTest {

    enum Status { NEW, PAID, SHIPPED }

    record Line(String sku, int quantity, double price, Status status) {
    }

    record Address(String street, Character floorCode, LocalDate since) {
    }

    record Order(String id, List<Line> lines, Map<String, Long> counters, Set<Status> statuses, Instant placedAt,
            BigDecimal total, UUID reference, Address shipTo) {
    }

    record Tree(String label, List<Tree> children) {
    }

    private static final BigDecimal SMALLEST = new BigDecimal("1E-130");
    private static final BigDecimal TOO_LARGE = new BigDecimal("1E+126");

    private static Object roundTrip(Type type, Object value) {
        Codec<Object> codec = Codecs.forType(type);
        return codec.decode(codec.encode(value));
    }

    /** DynamoDB's documented limits, stated independently of the code under test. */
    private static boolean storable(BigDecimal value) {
        BigDecimal magnitude = value.abs();
        return value.signum() == 0 || (magnitude.compareTo(SMALLEST) >= 0 && magnitude.compareTo(TOO_LARGE) < 0
                && value.stripTrailingZeros().precision() <= 38);
    }

    private static void coverBoth(boolean storable) {
        Statistics.label("storable").collect(storable);
        Statistics.label("storable").coverage(coverage -> {
            coverage.check(true).percentage(percent -> percent > 10);
            coverage.check(false).percentage(percent -> percent > 10);
        });
    }

    @Property
    void strings_roundTrip(@ForAll("unicode") String value) {
        assertThat(roundTrip(String.class, value)).isEqualTo(value);
    }

    @Property
    void strings_withAnUnpairedSurrogate_areRejected(@ForAll("unicode") String value,
            @ForAll("surrogates") char surrogate, @ForAll @IntRange(min = 0, max = 1000) int at) {
        int position = at % (value.length() + 1);
        // a well-formed string holds an even number of surrogates, so one more cannot be paired
        String broken = value.substring(0, position) + surrogate + value.substring(position);

        assertThatThrownBy(() -> Codecs.forType(String.class).encode(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
    }

    @Property
    void chars_roundTrip(@ForAll("nonSurrogateChars") char value) {
        assertThat(roundTrip(char.class, value)).isEqualTo(value);
    }

    @Property
    void integralNumbers_roundTrip(@ForAll byte b, @ForAll short s, @ForAll int i, @ForAll long l) {
        assertThat(roundTrip(byte.class, b)).isEqualTo(b);
        assertThat(roundTrip(Short.class, s)).isEqualTo(s);
        assertThat(roundTrip(int.class, i)).isEqualTo(i);
        assertThat(roundTrip(Long.class, l)).isEqualTo(l);
    }

    @Property
    void extremeLongs_roundTrip(@ForAll("extremeLongs") long value) {
        assertThat(roundTrip(long.class, value)).isEqualTo(value);
    }

    @Property(tries = 3000)
    void finiteDoubles_roundTripOrAreRejectedOutsideDynamoDbRange(@ForAll("finiteDoubles") double value) {
        boolean storable = storable(new BigDecimal(Double.toString(value)));
        coverBoth(storable);
        if (storable) {
            assertThat(roundTrip(double.class, value)).isEqualTo(value == 0 ? 0.0 : value);
        } else {
            assertThatThrownBy(() -> Codecs.forType(double.class).encode(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside the range of a DynamoDB number");
        }
    }

    @Property
    void finiteFloats_roundTrip(@ForAll("finiteFloats") float value) {
        assertThat(roundTrip(Float.class, value)).isEqualTo(value == 0 ? 0.0f : value);
    }

    @Property(tries = 3000)
    void bigDecimals_roundTripByValueOrAreRejected(@ForAll("bigDecimals") BigDecimal value) {
        boolean storable = storable(value);
        coverBoth(storable);
        if (storable) {
            assertThat((BigDecimal) roundTrip(BigDecimal.class, value)).isEqualByComparingTo(value);
        } else {
            assertThatThrownBy(() -> Codecs.forType(BigDecimal.class).encode(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("DynamoDB number");
        }
    }

    @Property(tries = 3000)
    void bigIntegersOfAnySize_roundTripOrAreRejected(@ForAll("bigIntegers") BigInteger value) {
        boolean storable = storable(new BigDecimal(value));
        coverBoth(storable);
        if (storable) {
            assertThat(roundTrip(BigInteger.class, value)).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> Codecs.forType(BigInteger.class).encode(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("DynamoDB number");
        }
    }

    @Property
    void booleansEnumsAndUuids_roundTrip(@ForAll boolean flag, @ForAll Status status, @ForAll("uuids") UUID id) {
        assertThat(roundTrip(boolean.class, flag)).isEqualTo(flag);
        assertThat(roundTrip(Status.class, status)).isEqualTo(status);
        assertThat(roundTrip(UUID.class, id)).isEqualTo(id);
    }

    @Property
    void instants_roundTrip(@ForAll("instants") Instant value) {
        assertThat(roundTrip(Instant.class, value)).isEqualTo(value);
    }

    @Property
    void localDatesAndTimes_roundTrip(@ForAll("dates") LocalDate date, @ForAll LocalDateTime dateTime,
            @ForAll LocalTime time) {
        assertThat(roundTrip(LocalDate.class, date)).isEqualTo(date);
        assertThat(roundTrip(LocalDateTime.class, dateTime)).isEqualTo(dateTime);
        assertThat(roundTrip(LocalTime.class, time)).isEqualTo(time);
    }

    @Property
    void offsetAndZonedDateTimes_roundTrip(@ForAll OffsetDateTime offset, @ForAll ZonedDateTime zoned) {
        assertThat(roundTrip(OffsetDateTime.class, offset)).isEqualTo(offset);
        assertThat(roundTrip(ZonedDateTime.class, zoned)).isEqualTo(zoned);
    }

    @Property
    void byteArrays_roundTrip(@ForAll byte[] value) {
        assertThat((byte[]) roundTrip(byte[].class, value)).containsExactly(value);
    }

    @Property
    void listsWithNulls_roundTrip(@ForAll("nullableIntegerLists") List<Integer> value) {
        assertThat(roundTrip(new TypeRef<List<Integer>>() {}.type(), value)).isEqualTo(value);
    }

    @Property
    void nonEmptySets_roundTrip(@ForAll("stringSets") Set<String> strings, @ForAll("longSets") Set<Long> longs) {
        assertThat(roundTrip(new TypeRef<Set<String>>() {}.type(), strings)).isEqualTo(strings);
        Object sorted = roundTrip(new TypeRef<SortedSet<Long>>() {}.type(), longs);
        assertThat(sorted).isInstanceOf(TreeSet.class).isEqualTo(longs);
    }

    @Property
    void mapsWithNullValues_roundTrip(@ForAll("counters") Map<String, Long> value) {
        assertThat(roundTrip(new TypeRef<Map<String, Long>>() {}.type(), value)).isEqualTo(value);
    }

    @Property
    void nestedRecordsHoldingListsAndMaps_roundTrip(@ForAll("orders") Order order) {
        // BigDecimals are stored canonically (2.50 as 2.5): equal in value, not in scale
        assertThat(roundTrip(Order.class, order)).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(order);
    }

    @Property
    void recursiveRecords_roundTrip(@ForAll("trees") Tree tree) {
        assertThat(roundTrip(Tree.class, tree)).isEqualTo(tree);
    }

    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<Integer> codePoints = Arbitraries.oneOf(List.of(
                Arbitraries.integers().between(0, 0x7F),
                Arbitraries.integers().between(0x80, 0xFFFF),
                Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT)))
                .filter(codePoint -> codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE);
        return codePoints.list().ofMaxSize(30).map(list -> {
            StringBuilder text = new StringBuilder();
            list.forEach(text::appendCodePoint);
            return text.toString();
        });
    }

    @Provide
    Arbitrary<Character> surrogates() {
        return Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE);
    }

    @Provide
    Arbitrary<Character> nonSurrogateChars() {
        return Arbitraries.chars().all().filter(c -> !Character.isSurrogate(c));
    }

    @Provide
    Arbitrary<Long> extremeLongs() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, 0L, -1L),
                Arbitraries.longs().between(Long.MAX_VALUE - 1000, Long.MAX_VALUE),
                Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1000)));
    }

    @Provide
    Arbitrary<Double> finiteDoubles() {
        return Arbitraries.oneOf(List.of(
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
                Arbitraries.doubles().between(-1e15, 1e15),
                Arbitraries.of(0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
                        1e126, Math.nextDown(1e126), -1e-130, Math.nextDown(1e-130), 0.1, (double) Long.MAX_VALUE)));
    }

    @Provide
    Arbitrary<Float> finiteFloats() {
        return Arbitraries.integers().map(Float::intBitsToFloat).filter(Float::isFinite);
    }

    @Provide
    Arbitrary<BigDecimal> bigDecimals() {
        return Combinators.combine(integersOfUpTo(45), Arbitraries.integers().between(-100, 175)).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<BigInteger> bigIntegers() {
        Arbitrary<BigInteger> dense = integersOfUpTo(140);
        Arbitrary<BigInteger> sparse = Combinators.combine(integersOfUpTo(38), Arbitraries.integers().between(0, 100))
                .as((significand, zeros) -> significand.multiply(BigInteger.TEN.pow(zeros)));
        return Arbitraries.oneOf(List.of(dense, sparse));
    }

    private static Arbitrary<BigInteger> integersOfUpTo(int maxDigits) {
        return Arbitraries.integers().between(1, maxDigits).withDistribution(RandomDistribution.uniform()).flatMap(digits -> {
            BigInteger bound = BigInteger.TEN.pow(digits).subtract(BigInteger.ONE);
            return Arbitraries.bigIntegers().between(bound.negate(), bound).withDistribution(RandomDistribution.uniform());
        });
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return DateTimes.instants().between(Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("+99999-12-31T23:59:59.999999999Z"));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(1, 1, 1), LocalDate.of(99_999, 12, 31));
    }

    @Provide
    Arbitrary<List<Integer>> nullableIntegerLists() {
        return Arbitraries.integers().injectNull(0.2).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<Set<String>> stringSets() {
        return unicode().set().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Set<Long>> longSets() {
        return Arbitraries.longs().set().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Map<String, Long>> counters() {
        // DynamoDB refuses an empty map key, and so does the codec
        return Arbitraries.maps(unicode().filter(key -> !key.isEmpty()), Arbitraries.longs().injectNull(0.2))
                .ofMaxSize(6);
    }

    @Provide
    Arbitrary<Order> orders() {
        Arbitrary<Line> lines = Combinators.combine(unicode(), Arbitraries.integers(),
                Arbitraries.doubles().between(-1e12, 1e12), Arbitraries.of(Status.class).injectNull(0.2)).as(Line::new);
        Arbitrary<Address> addresses = Combinators.combine(unicode().injectNull(0.2),
                nonSurrogateChars().injectNull(0.2), dates().injectNull(0.2)).as(Address::new);
        return Combinators.combine(
                unicode(),
                lines.list().ofMaxSize(4).injectNull(0.1),
                counters().injectNull(0.1),
                Arbitraries.of(Status.class).set().ofMinSize(1).injectNull(0.3),
                instants().injectNull(0.1),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E9"), new BigDecimal("1E9")).ofScale(2),
                uuids().injectNull(0.1),
                addresses.injectNull(0.2)).as(Order::new);
    }

    @Provide
    Arbitrary<Tree> trees() {
        return tree(3);
    }

    private Arbitrary<Tree> tree(int depth) {
        Arbitrary<List<Tree>> children = depth == 0
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> tree(depth - 1)).list().ofMaxSize(3).injectNull(0.1);
        return Combinators.combine(unicode(), children).as(Tree::new);
    }
}
