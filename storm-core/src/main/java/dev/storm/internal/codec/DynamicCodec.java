package dev.storm.internal.codec;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Free-form values of a field declared {@code Object} (e.g. {@code Map<String, Object>}), as STORM for Python
 * stores a dict: encoded by their runtime type, decoded to the natural Java type of each DynamoDB type. Numbers read
 * back as Integer, Long or BigInteger when integral, else BigDecimal (exact, never a double); sets of strings or
 * numbers as SS/NS; other collections as L; maps with string keys as M; records through their own codec.
 */
final class DynamicCodec implements Codec<Object> {

    static final DynamicCodec INSTANCE = new DynamicCodec();

    private DynamicCodec() {
    }

    @Override
    public AttributeValue encode(Object value) {
        if (value == null) {
            return Attributes.NULL;
        }
        if (value instanceof String s) {
            return StringCodec.INSTANCE.encode(s);
        }
        if (value instanceof Boolean b) {
            return AttributeValue.fromBool(b);
        }
        if (value instanceof Number n) {
            return AttributeValue.fromN(NumberText.of(n));
        }
        if (value instanceof Character || value instanceof Enum<?> || value instanceof UUID
                || value instanceof TemporalAccessor) {
            return Codecs.forType(value.getClass()).encode(value);
        }
        if (value instanceof byte[] bytes) {
            return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        }
        if (value instanceof AttributeValue attribute) {
            return attribute;
        }
        if (value instanceof Map<?, ?> map) {
            return encodeMap(map);
        }
        if (value instanceof Set<?> set) {
            return encodeSet(set);
        }
        if (value instanceof Collection<?> list) {
            List<AttributeValue> elements = new ArrayList<>(list.size());
            for (Object element : list) {
                elements.add(encode(element));
            }
            return AttributeValues.l(elements);
        }
        if (value.getClass().isRecord()) {
            return Codecs.forType(value.getClass()).encode(value);
        }
        throw new IllegalArgumentException("a free-form value of type " + value.getClass().getName()
                + " cannot be stored; use strings, numbers, booleans, lists, sets, maps or records");
    }

    private AttributeValue encodeMap(Map<?, ?> map) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(MapCodec.capacity(map.size()));
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("map key " + e.getKey() + " is not a String");
            }
            try {
                attributes.put(MapCodec.requireKey(key), encode(e.getValue()));
            } catch (IllegalArgumentException failure) {
                throw new IllegalArgumentException("map key \"" + key + "\": " + failure.getMessage(), failure);
            }
        }
        return AttributeValues.m(attributes);
    }

    private AttributeValue encodeSet(Set<?> set) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException("an empty set cannot be stored; store null instead");
        }
        if (set.stream().allMatch(String.class::isInstance)) {
            List<String> strings = new ArrayList<>(set.size());
            for (Object element : set) {
                strings.add(StringCodec.requireWellFormed((String) element));
            }
            return AttributeValue.fromSs(strings);
        }
        if (set.stream().allMatch(Number.class::isInstance)) {
            // 1 and 1L, or 1.0 and 1, are distinct Java elements but one DynamoDB number, which DynamoDB refuses
            List<String> numbers = new ArrayList<>(set.size());
            Set<BigDecimal> seen = new HashSet<>(set.size() * 2);
            for (Object element : set) {
                String text = NumberText.of((Number) element);
                if (!seen.add(new BigDecimal(text).stripTrailingZeros())) {
                    throw new IllegalArgumentException("the set holds two numbers that DynamoDB stores as one value: "
                            + text + " (" + set + ")");
                }
                numbers.add(text);
            }
            return AttributeValue.fromNs(numbers);
        }
        throw new IllegalArgumentException("a free-form set must hold only strings or only numbers");
    }

    @Override
    public Object decode(AttributeValue value) {
        switch (value.type()) {
            case S:
                return value.s();
            case N:
                return number(value.n());
            case BOOL:
                return value.bool();
            case NUL:
                return null;
            case B:
                return value.b().asByteArray();
            case L: {
                List<Object> list = new ArrayList<>(value.l().size());
                for (AttributeValue element : value.l()) {
                    list.add(decode(element));
                }
                return list;
            }
            case M: {
                Map<String, Object> map = new LinkedHashMap<>(MapCodec.capacity(value.m().size()));
                value.m().forEach((k, v) -> map.put(k, decode(v)));
                return map;
            }
            case SS:
                return new LinkedHashSet<>(value.ss());
            case NS: {
                Set<Object> numbers = new LinkedHashSet<>();
                value.ns().forEach(n -> numbers.add(number(n)));
                return numbers;
            }
            case BS: {
                List<byte[]> bytes = new ArrayList<>(value.bs().size());
                value.bs().forEach(b -> bytes.add(b.asByteArray()));
                return bytes;
            }
            default:
                throw new IllegalArgumentException("attribute " + value + " has no DynamoDB type STORM knows");
        }
    }

    private static Object number(String text) {
        BigDecimal decimal = new BigDecimal(text);
        if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
            java.math.BigInteger integer = decimal.toBigIntegerExact();
            if (integer.bitLength() < Integer.SIZE) {
                return integer.intValue();
            }
            return integer.bitLength() < Long.SIZE ? (Object) integer.longValue() : integer;
        }
        return decimal;
    }
}
