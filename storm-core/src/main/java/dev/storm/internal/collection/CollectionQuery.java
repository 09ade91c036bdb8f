package dev.storm.internal.collection;

import dev.storm.Condition;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidQueryException;
import dev.storm.internal.expression.ConditionNode;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.expression.Values;
import dev.storm.internal.key.IndexKeys;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.paging.Decoded;
import dev.storm.internal.paging.PagedIterator;
import dev.storm.internal.paging.PagedRead;
import dev.storm.internal.query.QueryPages;
import dev.storm.internal.query.TtlFilter;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The Query of an item collection, a whole partition, and the lazy decoding of its items into their models.
 *
 * @param keyValues equality conditions on partition-key fields of any of the models, in the order given
 */
public record CollectionQuery(CollectionLayout layout, List<Condition<?>> keyValues, boolean consistent,
                              boolean reverse) {

    public CollectionQuery {
        keyValues = List.copyOf(keyValues);
    }

    /** The Query: the partition key alone, since the models' sort keys need not share any prefix. */
    public QueryRequest request(Target target) {
        int index = layout.index();
        if (index > 0 && consistent) {
            throw new InvalidQueryException("An item collection on GSI" + index + " cannot be read consistently:"
                    + " DynamoDB offers consistent reads on the table only");
        }
        ExpressionWriter w = new ExpressionWriter();
        String condition = w.name(KeyComposer.pkAttribute(index)) + " = "
                + w.value(AttributeValue.fromS(partitionKey()));
        QueryRequest.Builder builder = QueryRequest.builder()
                .tableName(target.tableName())
                .keyConditionExpression(condition)
                .expressionAttributeNames(w.names())
                .expressionAttributeValues(w.values());
        if (index > 0) {
            builder.indexName("GSI" + index);
        }
        if (consistent) {
            builder.consistentRead(true);
        }
        if (reverse) {
            builder.scanIndexForward(false);
        }
        return builder.build();
    }

    /**
     * The partition's items, each decoded into the model its sort key names, lazily page by page. Items of other
     * models, and items whose TTL has passed, are skipped.
     */
    public Iterator<Object> iterator(Target target) {
        String model = model();
        return new PagedIterator<>(read(target), request -> target.query(model, request));
    }

    /**
     * The read of the partition, whoever sends its Query requests: the first is built now (bad key values throw, and
     * nothing is sent); each item is decoded into the model its sort key names, other models' and expired items
     * skipped.
     */
    public PagedRead<Object, QueryRequest, QueryResponse> read(Target target) {
        return read(target, request(target));
    }

    /** The read of the partition from {@code first}, a request of {@link #request}; each call reads anew. */
    public PagedRead<Object, QueryRequest, QueryResponse> read(Target target, QueryRequest first) {
        QueryPages pages = new QueryPages(target, model(), first, null);
        Instant now = Instant.now();
        return new Decoded<>(pages, item -> {
            ModelSchema<?> model = layout.modelOf(item);
            return model == null || TtlFilter.isExpired(model, item, now) ? null : model.fromItem(item);
        });
    }

    /** The models' names as listeners are told: comma-joined. */
    public String model() {
        return String.join(",", names());
    }

    /** The partition key from the conditions, each on the partition-key field of one of the models. */
    private String partitionKey() {
        int index = layout.index();
        ModelSchema<?> first = layout.models().get(0);
        List<FieldSchema> fields = IndexKeys.partitionFields(first, index);
        Object[] values = new Object[fields.size()];
        List<Condition<?>> flat = new ArrayList<>();
        keyValues.forEach(c -> flatten(c, flat));
        for (Condition<?> condition : flat) {
            if (!(condition instanceof ConditionNode.Comparison<?> c) || !"=".equals(c.operator())) {
                throw new InvalidQueryException("ItemCollection.using takes equality conditions on partition-key"
                        + " fields, e.g. " + first.name() + "_." + fields.get(0).name() + ".eq(...); got " + condition);
            }
            ModelSchema<?> model = memberOf(c.attribute().model());
            FieldSchema field = model.field(c.attribute().fieldName());
            int position = IndexKeys.partitionFields(model, index).indexOf(field);
            if (position < 0) {
                throw new InvalidQueryException(field + " is not part of the partition key of " + model.name()
                        + " on " + IndexKeys.describe(index) + ", which is "
                        + IndexKeys.partitionFields(model, index).stream().map(FieldSchema::name).toList()
                        + "; an item collection is one partition");
            }
            Object value = Values.coerce(field, c.value());
            if (values[position] != null && !values[position].equals(value)) {
                throw new InvalidQueryException("The item collection is given two values for partition-key part "
                        + (position + 1) + ": " + values[position] + " and " + value);
            }
            values[position] = value;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new InvalidKeyException("The item collection of " + names() + " needs a value for "
                        + fields.get(i) + ", part of its " + KeyComposer.pkAttribute(index) + "; give "
                        + first.name() + "_." + fields.get(i).name() + ".eq(...) in using");
            }
        }
        return first.keys().partitionKey(fields, f -> values[fields.indexOf(f)], KeyComposer.pkAttribute(index));
    }

    private ModelSchema<?> memberOf(Class<?> type) {
        for (ModelSchema<?> model : layout.models()) {
            if (model.type() == type) {
                return model;
            }
        }
        throw new InvalidQueryException(type.getSimpleName() + " is not in the item collection of " + names()
                + "; give key values of its models");
    }

    private List<String> names() {
        return layout.models().stream().map(ModelSchema::name).toList();
    }

    private static void flatten(Condition<?> condition, List<Condition<?>> into) {
        if (condition instanceof ConditionNode.And<?> and) {
            flatten(and.left(), into);
            flatten(and.right(), into);
        } else {
            into.add(condition);
        }
    }
}
