package dev.storm.jsonata;

import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Everything.Address;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Models holding a value of every supported type, with nulls inside lists and records. */
final class Samples {

    private Samples() {
    }

    static Everything everything(String id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", -2);
        counts.put("none", null);
        List<String> tags = new ArrayList<>(List.of("x", "it's", "x"));
        tags.add(null);
        return new Everything(id, "héllo \"wörld\" it's", 7, Long.MAX_VALUE, (short) -3, (byte) 9, 0.1, 1.5f, true,
                42, -1L, 12.0, false,
                new BigDecimal("12345678901234567890.123456789"), new BigInteger("-98765432109876543210987654321"),
                Everything.Level.HIGH, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                Instant.parse("2024-02-29T12:34:56.789Z"), LocalDate.of(2024, 2, 29),
                LocalDateTime.of(2024, 2, 29, 23, 59, 1),
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                new byte[] {0, 1, 2, (byte) 255},
                tags, new LinkedHashSet<>(List.of("red", "blue")), new LinkedHashSet<>(List.of(1L, 20L, 300L)), counts,
                new Address("Main St", 5, "1000"),
                List.of(new Address("Old St", 1, null)),
                Map.of("home", List.of(new Address("Elm", 2, "2000")), "none", List.of()));
    }

    /** Another model of the same type, with other values in every field. */
    static Everything other(String id) {
        return new Everything(id, "other", -1, 1L, (short) 0, (byte) 0, -2.5, 0f, false,
                null, null, null, null, BigDecimal.ONE, BigInteger.TEN, Everything.Level.LOW,
                UUID.fromString("00000000-0000-0000-0000-000000000001"), Instant.EPOCH, LocalDate.of(1999, 12, 31),
                LocalDateTime.of(2000, 1, 1, 0, 0), OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                new byte[0], List.of(), Set.of("only"), Set.of(5L), Map.of(), null,
                List.of(new Address("New St", 9, "9"), new Address(null, 0, null)), Map.of());
    }
}
