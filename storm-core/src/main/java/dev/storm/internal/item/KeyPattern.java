package dev.storm.internal.item;

import dev.storm.internal.key.IndexKeys;
import dev.storm.internal.key.KeyFormat;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a key a model composes, as a sequence of {@code #}-separated tokens: literal identifiers and
 * suffixes, and a value wherever a key part goes ({@code U#*#USER}, {@code USER#U#*#USER} in the STORM 0.1 layout,
 * {@code T#*}; a sort key with no field is the suffix alone). A key part never holds {@code #}, so a stored key splits into exactly its tokens. Immutable and
 * thread-safe.
 */
final class KeyPattern {

    private static final String VALUE = null;

    // null stands for a key part's value
    private final String[] tokens;

    private KeyPattern(List<String> tokens) {
        this.tokens = tokens.toArray(new String[0]);
    }

    /** The pattern of the model's partition key on the table (0) or index {@code GSIn}. */
    static KeyPattern partition(ModelSchema<?> model, int index) {
        KeyFormat format = model.keys().format();
        List<String> tokens = new ArrayList<>(format.partitionHeadTokens());
        tokens.addAll(parts(IndexKeys.partitionFields(model, index)));
        tokens.add(format.partitionTailToken());
        return new KeyPattern(tokens);
    }

    /** The pattern of the model's sort key on the table (0) or index {@code GSIn}. */
    static KeyPattern sort(ModelSchema<?> model, int index) {
        List<FieldSchema> fields = IndexKeys.sortFields(model, index);
        return new KeyPattern(fields.isEmpty() ? List.of(model.keys().format().bareSortKey()) : parts(fields));
    }

    private static List<String> parts(List<FieldSchema> fields) {
        List<String> tokens = new ArrayList<>(fields.size() * 2 + 1);
        for (FieldSchema f : fields) {
            tokens.add(f.roles().identifier());
            tokens.add(VALUE);
        }
        return tokens;
    }

    /** Whether a stored key has this shape: the same identifiers and suffix, a non-empty value at each part. */
    boolean matches(String key) {
        int start = 0;
        for (int i = 0; i < tokens.length; i++) {
            int end = key.indexOf('#', start);
            boolean last = i == tokens.length - 1;
            if (last != (end < 0)) {
                return false;
            }
            if (last) {
                end = key.length();
            }
            String literal = tokens[i];
            if (literal == VALUE ? end == start : !key.regionMatches(start, literal, 0, literal.length())
                    || end - start != literal.length()) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** Whether some key could have both shapes. */
    boolean overlaps(KeyPattern other) {
        if (tokens.length != other.tokens.length) {
            return false;
        }
        for (int i = 0; i < tokens.length; i++) {
            String a = tokens[i];
            String b = other.tokens[i];
            if (a != VALUE && b != VALUE && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    /** The shape for messages: {@code U#<value>#USER}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String t : tokens) {
            if (text.length() > 0) {
                text.append('#');
            }
            text.append(t == VALUE ? "<value>" : t);
        }
        return text.toString();
    }
}
