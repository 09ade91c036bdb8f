package dev.storm;

import dev.storm.internal.jsonata.ExpressionUpdate;
import dev.storm.internal.jsonata.Expressions;
import dev.storm.internal.jsonata.JsonataRequests;
import dev.storm.internal.query.QuerySpec;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A model's DynamoDB requests as templates for AWS Step Functions: the {@code Arguments} JSON of the
 * {@code arn:aws:states:::dynamodb:*} integrations, with a JSONata expression ({@code {% ... %}}) wherever the manager
 * would put a field's value. Each field is bound to an expression, by default {@code $states.input.<attributeName>}
 * ({@code @UpdatedAt} and a missing {@code @CreatedAt}: the time the state runs); keys become concatenations of the
 * identifiers with each part's checked key text. The requests are the ones the {@link Manager} builds, with the same
 * placeholders and expressions, and each value is checked and rendered inside its expression as the manager renders
 * it, so input the manager would refuse fails the state ({@code $error}) instead of writing a wrong item. Writes
 * that move uniqueness guards are refused when built. Immutable and thread-safe: {@link #bind} and
 * {@link #tableName} return new templates.
 *
 * <pre>{@code
 * JsonataTemplate<User> t = JsonataTemplate.of(User.class).bind(User_.type, JsonataTemplate.literal("METADATA"));
 * String putArgs = t.saveRequest(false);
 * String updArgs = t.updateRequest(User_.email.set("$states.input.email"));
 * }</pre>
 *
 * <p>Values: a String given for a String field (in {@code bind}, {@code set}, {@code using} or a filter) is a JSONata
 * expression, and {@link #literal} writes text; any other value is a constant, written as the manager writes it.
 * {@link #set} sets a field of any type from an expression. Whole numbers are written exactly up to 2^53 - 1 from
 * JSON numbers, and beyond as strings of digits; other numbers a JSON number cannot hold exactly come as strings.
 * Lists, sets, maps, records and free-form fields are converted from their JSON value by one expression. An expression
 * that is just {@code null} writes {@code NULL}.
 *
 * @param <M> the model
 */
public final class JsonataTemplate<M extends Model<M>> {

    private static final String DEFAULT_TABLE = "$table_name";

    private final Class<M> type;
    private final ModelSchema<M> schema;
    private final Map<FieldSchema, String> bindings;
    private final String tableExpression;
    private final JsonataRequests<M> requests;

    private JsonataTemplate(Class<M> type, ModelSchema<M> schema, Map<FieldSchema, String> bindings,
                            String tableExpression) {
        this.type = type;
        this.schema = schema;
        this.bindings = bindings;
        this.tableExpression = tableExpression;
        this.requests = new JsonataRequests<>(schema, bindings, tableExpression);
    }

    /** The template of a model, every field bound to {@code $states.input.<attributeName>}, the table to {@code $table_name}. */
    public static <M extends Model<M>> JsonataTemplate<M> of(Class<M> type) {
        ModelSchema<M> schema = Manager.of(Objects.requireNonNull(type, "type")).schema();
        Map<FieldSchema, String> bindings = new LinkedHashMap<>();
        for (FieldSchema f : schema.fields()) {
            bindings.put(f, JsonataRequests.defaultBinding(schema, f));
        }
        return new JsonataTemplate<>(type, schema, bindings, DEFAULT_TABLE);
    }

    /**
     * A template with the field bound to a JSONata expression (a path such as {@code $states.input.id}, a variable,
     * a quoted literal such as {@code 'METADATA'}, or any expression giving the field's value as JSON).
     *
     * @throws InvalidTemplateException when the field is not one of this model's, or the expression is empty
     */
    public JsonataTemplate<M> bind(Attribute<M, ?> field, String expression) {
        FieldSchema f = field(field, "bind");
        String checked = expression(f, expression);
        if ("null".equals(checked) && f.roles().isKey()) {
            throw new InvalidTemplateException(f + " is part of the keys of " + schema.name()
                    + ", so it cannot be bound to null");
        }
        Map<FieldSchema, String> copy = new LinkedHashMap<>(bindings);
        copy.put(f, checked);
        return new JsonataTemplate<>(type, schema, copy, tableExpression);
    }

    /** A template whose table name is the value of the expression, e.g. {@code 'orders'} or {@code $states.input.table}. */
    public JsonataTemplate<M> tableName(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new InvalidTemplateException(schema.name() + ": the table name expression is empty (got "
                    + (expression == null ? "null" : "\"" + expression + "\"") + "); the default is $table_name");
        }
        return new JsonataTemplate<>(type, schema, bindings,
                Expressions.check(schema.name() + ".tableName", null, expression));
    }

    /** The expression a field is bound to. */
    public String expression(Attribute<M, ?> field) {
        return bindings.get(field(field, "expression"));
    }

    /**
     * An update setting a field of any type to the value of a JSONata expression, for {@link #updateRequest}:
     * {@code t.updateRequest(t.set(Counter_.hits, "$states.input.hits"))}. The manager refuses it.
     *
     * @throws InvalidTemplateException when the field is not one of this model's, or the expression is empty
     */
    public Update<M> set(Attribute<M, ?> field, String expression) {
        FieldSchema f = field(field, "set");
        return new ExpressionUpdate<>(field, expression(f, expression));
    }

    /**
     * The arguments of {@code arn:aws:states:::dynamodb:getItem}: the GetItem {@code get} sends.
     *
     * <pre>{@code String args = JsonataTemplate.of(User.class).getRequest();}</pre>
     */
    public String getRequest() {
        return requests.get();
    }

    /**
     * The arguments of {@code arn:aws:states:::dynamodb:putItem}: the PutItem {@code save(model, allowOverride)}
     * sends, every field from its expression; without override, conditional on the item being absent.
     */
    public String saveRequest(boolean allowOverride) {
        return requests.save(allowOverride);
    }

    /** The arguments of {@code arn:aws:states:::dynamodb:deleteItem}: the DeleteItem {@code delete} sends. */
    public String deleteRequest() {
        return requests.delete();
    }

    /**
     * The arguments of {@code arn:aws:states:::dynamodb:updateItem}: the UpdateItem {@code update} sends, conditional
     * on the item existing, rewriting index keys built from changed fields. String values given to {@code set} on
     * String fields are expressions: {@code User_.email.set("$states.input.email")}.
     */
    @SafeVarargs
    public final String updateRequest(Update<M>... updates) {
        List<Update<M>> list = new ArrayList<>(updates.length);
        for (Update<M> u : updates) {
            list.add(u);
        }
        return updateRequest(list);
    }

    /** The arguments of {@code arn:aws:states:::dynamodb:updateItem} for a list of updates. */
    public String updateRequest(List<? extends Update<M>> updates) {
        return requests.update(List.copyOf(updates));
    }

    /**
     * The arguments of {@code arn:aws:states:::aws-sdk:dynamodb:query}: the first Query of the query set the
     * function makes, the partition key from the bound expressions:
     * {@code t.queryRequest(qs -> qs.limit(10).reverse())}. Key values given in {@code using} replace the bound ones
     * and narrow the sort key, as they do in the manager.
     */
    public String queryRequest(UnaryOperator<QuerySet<M>> query) {
        QuerySet<M> set = query.apply(new QuerySet<>(QuerySpec.of(schema), null));
        return requests.query(set.spec());
    }

    private FieldSchema field(Attribute<M, ?> attribute, String operation) {
        if (attribute == null) {
            throw new InvalidTemplateException(schema.name() + "." + operation + " needs a field of "
                    + schema.name() + ", e.g. " + schema.name() + "_." + schema.fields().get(0).name() + "; got null");
        }
        if (attribute.model() != type) {
            throw new InvalidTemplateException(attribute + " belongs to " + attribute.model().getSimpleName()
                    + ", not to " + schema.name() + "; a template binds the fields of its own model");
        }
        try {
            return schema.field(attribute.fieldName());
        } catch (InvalidQueryException e) {
            throw new InvalidTemplateException(schema.name() + " has no field '" + attribute.fieldName()
                    + "' to " + operation + "; its fields are "
                    + schema.fields().stream().map(FieldSchema::name).toList(), e);
        }
    }

    private static String expression(FieldSchema field, String expression) {
        return Expressions.check(field.toString(), field, expression);
    }

    /**
     * The JSONata expression of a text, a quoted literal, for {@code set}, filters and {@link #bind}, where a String
     * is an expression: {@code t.updateRequest(User_.name.set(JsonataTemplate.literal("Ann")))} writes the text
     * {@code Ann}, whatever characters it holds; {@code literal(null)} writes {@code NULL}.
     */
    public static String literal(String text) {
        return Expressions.literal(text);
    }

    @Override
    public String toString() {
        return "JsonataTemplate[" + schema.name() + ", table " + tableExpression + "]";
    }
}
