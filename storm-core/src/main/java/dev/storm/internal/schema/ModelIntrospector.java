package dev.storm.internal.schema;

import dev.storm.internal.Refusals;
import dev.storm.Field;
import dev.storm.KeyLayout;
import dev.storm.Meta;
import dev.storm.Model;
import dev.storm.Version;
import dev.storm.internal.codec.Codec;
import dev.storm.internal.codec.Codecs;
import dev.storm.internal.key.KeyText;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a {@link ModelSchema} from a model class by reflection, once per class, and rejects misdeclared models with
 * the same rules the annotation processor applies at compile time.
 */
final class ModelIntrospector {

    private static final Pattern KEY_ATTRIBUTE = Pattern.compile("PK|SK|GSI([1-9]|1[0-9]|20)(PK|SK)");
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER = MethodType.methodType(void.class, Object.class, Object.class);

    private ModelIntrospector() {
    }

    static <M> ModelSchema<M> introspect(Class<M> type) {
        ModelSchema<M> schema = introspect(type, true);
        // a generated codec is written only for a model the processor checked, beside its metamodel
        if (!schema.isGenerated()) {
            requireMetamodel(type);
        }
        return schema;
    }

    /**
     * Refuses a model compiled without STORM's annotation processor, which generates its metamodel ({@code User_})
     * and checks its declaration at compile time: the build is missing a step, and the message says which. A model
     * that breaks a rule is reported for that first, by the same checks the processor makes.
     */
    private static void requireMetamodel(Class<?> type) {
        String binary = type.getName();
        int dot = binary.lastIndexOf('.');
        String metamodel = binary.substring(0, dot + 1) + binary.substring(dot + 1).replace('$', '_') + "_";
        try {
            Class.forName(metamodel, false, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw Refusals.invalidModel(type.getSimpleName() + " was compiled without STORM's annotation"
                    + " processor: its metamodel " + metamodel + " does not exist. Add dev.storm:storm-processor to"
                    + " the compiler's annotation processor path and rebuild: in Maven, a <path> with groupId"
                    + " dev.storm and artifactId storm-processor under the maven-compiler-plugin's"
                    + " <annotationProcessorPaths>; in Gradle, annotationProcessor 'dev.storm:storm-processor:"
                    + "<version>' (see the README, \"Adding STORM to a build\")", e);
        }
    }

    /**
     * The schema of a model; with {@code useGenerated}, through the accessors STORM's processor generated for it
     * when there are any (tests compare both ways).
     */
    static <M> ModelSchema<M> introspect(Class<M> type, boolean useGenerated) {
        String modelName = type.getSimpleName();
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
        GeneratedModel<M> generated = useGenerated && components != null && Model.class.isAssignableFrom(type)
                ? GeneratedModels.find(type, components) : null;
        if (generated == null) {
            checkModelType(type, modelName);
        }
        // else the processor checked the declaration (a model of itself, not generic) and the fields when it wrote
        // the codec, and reading them again would parse the class's generic signature and load the annotations
        if (generated != null) {
            return forGenerated(type, suffix(modelName, generated.suffix()), generated.keyLayout(), components,
                    generated);
        }
        Meta meta = type.getAnnotation(Meta.class);
        String suffix = suffix(modelName, meta == null || meta.suffix().isEmpty() ? modelName : meta.suffix());
        KeyLayout layout = KeyLayouts.of(type, meta);
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return type.isRecord() ? forRecord(type, suffix, layout, lookup) : forClass(type, suffix, layout, lookup);
        } catch (IllegalAccessException | NoSuchMethodException e) {
            throw Refusals.invalidModel(modelName + " cannot be mapped: " + e.getMessage(), e);
        }
    }

    private static String suffix(String modelName, String suffix) {
        if (suffix.indexOf('#') >= 0) {
            throw Refusals.invalidModel(modelName + ": @Meta(suffix = \"" + suffix
                    + "\") contains '#', the key separator");
        }
        return suffix;
    }

    private static void checkModelType(Class<?> type, String modelName) {
        if (!Model.class.isAssignableFrom(type)) {
            throw Refusals.invalidModel(modelName + " does not implement Model<" + modelName + ">");
        }
        if (type.getTypeParameters().length > 0) {
            throw Refusals.invalidModel(modelName + ": generic models are not supported");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw Refusals.invalidModel(modelName + ": a model must be a record or a concrete class");
        }
        // the type arguments bound so far on the way up, for Model<M> implemented by a generic base class
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type t : c.getGenericInterfaces()) {
                if (t instanceof ParameterizedType p && p.getRawType() == Model.class) {
                    if (bound.getOrDefault(p.getActualTypeArguments()[0], p.getActualTypeArguments()[0]) != type) {
                        throw Refusals.invalidModel(modelName + " implements " + p.getTypeName()
                                + "; it must implement Model<" + modelName + ">");
                    }
                    return;
                }
            }
            if (c.getGenericSuperclass() instanceof ParameterizedType superclass) {
                TypeVariable<?>[] variables = ((Class<?>) superclass.getRawType()).getTypeParameters();
                Type[] arguments = superclass.getActualTypeArguments();
                Map<TypeVariable<?>, Type> next = new HashMap<>();
                for (int i = 0; i < variables.length; i++) {
                    next.put(variables[i], bound.getOrDefault(arguments[i], arguments[i]));
                }
                bound = next;
            }
        }
        throw Refusals.invalidModel(modelName + " implements the raw type Model; it must implement Model<"
                + modelName + ">");
    }

    private static <M> ModelSchema<M> forRecord(Class<M> type, String suffix, KeyLayout layout,
                                                 MethodHandles.Lookup lookup)
            throws IllegalAccessException, NoSuchMethodException {
        RecordComponent[] components = type.getRecordComponents();
        Builder builder = new Builder(type.getSimpleName(), false);
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            parameterTypes[i] = c.getType();
            MethodHandle getter = lookup.unreflect(c.getAccessor()).asType(GETTER);
            builder.add(c.getName(), c.getGenericType(), c.getType(), c, getter, null);
        }
        MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, parameterTypes))
                .asSpreader(Object[].class, components.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        return builder.build(type, suffix, layout, constructor, true);
    }

    /**
     * A record model with generated accessors: no method handles; attribute names, generic types, key roles and
     * options as the processor resolved them when it checked the model, so no annotation is read (but a
     * {@code @Sortable} field's) and no generic signature is parsed.
     */
    private static <M> ModelSchema<M> forGenerated(Class<M> type, String suffix, KeyLayout layout,
                                                    RecordComponent[] components, GeneratedModel<M> generated) {
        String modelName = type.getSimpleName();
        Builder builder = new Builder(modelName, true);
        Type[] genericTypes = generated.genericTypes();
        String[] attributeNames = generated.attributeNames();
        KeyRoles[] roles = generated.keyRoles();
        FieldOptions[] options = generated.fieldOptions();
        int version = generated.versionField();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Type genericType = genericTypes[i] != null ? genericTypes[i] : c.getGenericType();
            FieldOptions fieldOptions = options[i] != null ? options[i] : FieldOptions.read(generated.component(i),
                    c.getType(), roles[i].isKey(), i == version, modelName + "." + c.getName());
            builder.add(c.getName(), attributeNames[i], genericType, c.getType(), roles[i], fieldOptions,
                    i == version, null, null);
        }
        return builder.build(type, suffix, layout, null, true, generated);
    }

    private static <M> ModelSchema<M> forClass(Class<M> type, String suffix, KeyLayout layout,
                                                MethodHandles.Lookup lookup)
            throws IllegalAccessException, NoSuchMethodException {
        Builder builder = new Builder(type.getSimpleName(), false);
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            MethodHandles.Lookup own = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
                    continue;
                }
                if (Modifier.isFinal(mod)) {
                    throw Refusals.invalidModel(type.getSimpleName() + "." + f.getName()
                            + " is final; fields of a class model must be assignable (or declare a record)");
                }
                builder.add(f.getName(), f.getGenericType(), f.getType(), f,
                        own.unreflectGetter(f).asType(GETTER), own.unreflectSetter(f).asType(SETTER));
            }
        }
        MethodHandle constructor;
        try {
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException e) {
            throw Refusals.invalidModel(type.getSimpleName()
                    + " has no no-arg constructor; a class model needs one (or declare a record)", e);
        }
        return builder.build(type, suffix, layout, constructor, false);
    }

    /** Collects fields and key layout, validating each as it comes. */
    private static final class Builder {
        private final String modelName;
        private final List<FieldSchema> fields = new ArrayList<>();
        private final List<FieldSchema> pk = new ArrayList<>();
        private final List<FieldSchema> sk = new ArrayList<>();
        private final SortedMap<Integer, List<FieldSchema>> gsiPk = new TreeMap<>();
        private final SortedMap<Integer, List<FieldSchema>> gsiSk = new TreeMap<>();
        private final Set<String> attributeNames = new HashSet<>();
        private FieldSchema version;
        private final boolean lazyCodecs;

        /**
         * With {@code lazyCodecs}, for a model the processor checked and wrote a codec for, each field resolves its
         * runtime codec only when something needs it.
         */
        Builder(String modelName, boolean lazyCodecs) {
            this.modelName = modelName;
            this.lazyCodecs = lazyCodecs;
        }

        void add(String name, Type genericType, Class<?> rawType, AnnotatedElement element, MethodHandle getter,
                 MethodHandle setter) {
            Field field = element.getAnnotation(Field.class);
            boolean isVersion = element.isAnnotationPresent(Version.class);
            String attributeName = field == null || field.name().isEmpty() ? name : field.name();
            String where = modelName + "." + name;
            if (KEY_ATTRIBUTE.matcher(attributeName).matches()) {
                throw Refusals.invalidModel(where + ": attribute name '" + attributeName
                        + "' is a key attribute STORM writes itself; choose another with @Field(name = ...)");
            }
            if (!attributeNames.add(attributeName)) {
                throw Refusals.invalidModel(where + ": attribute name '" + attributeName
                        + "' is used by another field of " + modelName);
            }
            String identifier = field == null || field.identifier().isEmpty()
                    ? attributeName.substring(0, 1).toUpperCase(java.util.Locale.ROOT) : field.identifier();
            KeyRoles roles = field == null ? KeyRoles.plain(identifier) : roles(field, identifier, isVersion, where);
            // an identifier only shows in keys: a plain attribute may be named "#tag"
            if (roles.isKey() && identifier.indexOf('#') >= 0) {
                throw Refusals.invalidModel(where + ": identifier \"" + identifier + "\" contains '#', the key"
                        + " separator; " + (field != null && !field.identifier().isEmpty() ? "choose one without '#'"
                        : "its attribute name '" + attributeName + "' starts with '#', so set one with"
                        + " @Field(identifier = ...)"));
            }
            if (roles.isKey() && !KeyText.isKeyType(rawType)) {
                throw Refusals.invalidModel(where + ": type " + genericType.getTypeName()
                        + " cannot be a key part; use a String, number, boolean, enum, UUID or java.time value");
            }
            if (roles.unique() && !KeyText.isKeyType(rawType)) {
                throw Refusals.invalidModel(where + ": type " + genericType.getTypeName() + " cannot be"
                        + " @Field(unique = true), whose value names its guard item; use a String, number, boolean,"
                        + " enum, UUID or java.time value");
            }
            if (isVersion && !Codecs.isNumeric(genericType)) {
                throw Refusals.invalidModel(where + ": @Version needs a numeric field, not "
                        + genericType.getTypeName());
            }
            FieldOptions options = FieldOptions.read(element, rawType, roles.isKey(), isVersion, where);
            add(name, attributeName, genericType, rawType, roles, options, isVersion, getter, setter);
        }

        /** Adds a field whose names, roles and options are resolved and checked. */
        void add(String name, String attributeName, Type genericType, Class<?> rawType, KeyRoles roles,
                 FieldOptions options, boolean isVersion, MethodHandle getter, MethodHandle setter) {
            String where = modelName + "." + name;
            Codec<Object> codec = lazyCodecs ? null : FieldSchema.codecFor(where, genericType, rawType, options.ttl());
            FieldSchema schema = new FieldSchema(modelName, name, attributeName, genericType, rawType, codec, roles,
                    options, fields.size(), getter, setter);
            fields.add(schema);
            if (roles.pk()) {
                pk.add(schema);
            }
            if (roles.sk()) {
                sk.add(schema);
            }
            for (int i : roles.gsiPk()) {
                gsiPk.computeIfAbsent(i, k -> new ArrayList<>()).add(schema);
            }
            for (int i : roles.gsiSk()) {
                gsiSk.computeIfAbsent(i, k -> new ArrayList<>()).add(schema);
            }
            if (isVersion) {
                if (version != null) {
                    throw Refusals.invalidModel(where + ": " + modelName + " already has @Version field '"
                            + version.name() + "'");
                }
                version = schema;
            }
        }

        private static KeyRoles roles(Field field, String identifier, boolean isVersion, String where) {
            int[] indexes = field.index().clone();
            for (int i : indexes) {
                if (i < 1 || i > 20) {
                    throw Refusals.invalidModel(where + ": index " + i + " is outside 1..20");
                }
            }
            if (field.gsiSk() && contains(indexes, 1)) {
                throw Refusals.invalidModel(where + ": index GSI1 sorts by SK, as in STORM for Python, so it"
                        + " has no gsiSk; put the field in another index, e.g. @Field(gsiSk = true, index = 2)");
            }
            int[] none = new int[0];
            return new KeyRoles(field.pk(), field.sk(), field.gsi() ? indexes : none, field.gsiSk() ? indexes : none,
                    identifier, field.unique(), isVersion);
        }

        private static boolean contains(int[] values, int value) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
            return false;
        }

        <M> ModelSchema<M> build(Class<M> type, String suffix, KeyLayout layout, MethodHandle constructor,
                                 boolean record) {
            return build(type, suffix, layout, constructor, record, null);
        }

        <M> ModelSchema<M> build(Class<M> type, String suffix, KeyLayout layout, MethodHandle constructor,
                                 boolean record, GeneratedModel<M> generated) {
            if (pk.isEmpty()) {
                throw Refusals.invalidModel(modelName
                        + " has no partition key field; mark one with @Field(pk = true)");
            }
            // keySet over entrySet, and not at all when empty: fewer collection classes on a JVM's first use
            for (Integer index : gsiSk.isEmpty() ? List.<Integer>of() : gsiSk.keySet()) {
                if (!gsiPk.containsKey(index)) {
                    throw Refusals.invalidModel(modelName + ": GSI" + index
                            + " has sort-key fields but no partition-key field (@Field(gsi = true, index = "
                            + index + "))");
                }
            }
            if (generated != null) {
                for (FieldSchema f : fields) {
                    f.bind(generated);
                }
            }
            return new ModelSchema<>(type, suffix, layout, fields, pk, sk, gsiPk, gsiSk, version, constructor, record,
                    generated);
        }
    }
}
