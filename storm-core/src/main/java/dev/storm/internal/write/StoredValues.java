package dev.storm.internal.write;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whether a stored attribute holds what a write sent, as DynamoDB compares values: numbers by value ({@code 2.50}
 * is stored as {@code 2.5}), sets regardless of order, maps and lists element by element. Used to recognise an
 * item that an earlier attempt of the same write stored.
 */
final class StoredValues {

    private StoredValues() {
    }

    /** Every attribute of {@code sent} is stored as sent, and the item holds nothing else. */
    static boolean sameItem(Map<String, AttributeValue> sent, Map<String, AttributeValue> stored) {
        return stored != null && stored.size() == sent.size() && holds(stored, sent);
    }

    /** Every attribute of {@code sent} is stored as sent (a NULL sent also matches an absent attribute). */
    static boolean holds(Map<String, AttributeValue> stored, Map<String, AttributeValue> sent) {
        if (stored == null) {
            return false;
        }
        for (Map.Entry<String, AttributeValue> e : sent.entrySet()) {
            AttributeValue value = stored.get(e.getKey());
            boolean nullSent = Boolean.TRUE.equals(e.getValue().nul());
            if (value == null ? !nullSent : !same(e.getValue(), value)) {
                return false;
            }
        }
        return true;
    }

    static boolean same(AttributeValue a, AttributeValue b) {
        if (a.type() != b.type()) {
            return false;
        }
        switch (a.type()) {
            case N:
                return new BigDecimal(a.n()).compareTo(new BigDecimal(b.n())) == 0;
            case NS:
                return numbers(a.ns()).equals(numbers(b.ns()));
            case SS:
                return new HashSet<>(a.ss()).equals(new HashSet<>(b.ss()));
            case BS:
                return new HashSet<SdkBytes>(a.bs()).equals(new HashSet<SdkBytes>(b.bs()));
            case M:
                return a.m().size() == b.m().size() && holds(b.m(), a.m());
            case L:
                if (a.l().size() != b.l().size()) {
                    return false;
                }
                for (int i = 0; i < a.l().size(); i++) {
                    if (!same(a.l().get(i), b.l().get(i))) {
                        return false;
                    }
                }
                return true;
            default:
                return a.equals(b);
        }
    }

    private static Set<BigDecimal> numbers(List<String> texts) {
        Set<BigDecimal> numbers = new HashSet<>();
        for (String text : texts) {
            numbers.add(new BigDecimal(text).stripTrailingZeros());
        }
        return numbers;
    }
}
