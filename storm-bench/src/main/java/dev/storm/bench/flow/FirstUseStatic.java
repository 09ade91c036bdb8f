package dev.storm.bench.flow;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A {@code StaticTableSchema} for each of the twenty first-use beans, declared attribute by attribute with getters
 * and setters, as a user of the Enhanced Client avoiding reflection would. Stateless.
 */
final class FirstUseStatic {

    private FirstUseStatic() {
    }

    @SuppressWarnings("unchecked")
    static TableSchema<FirstUseBean> schema(FirstUseBean bean) {
        Class<FirstUseBean> type = (Class<FirstUseBean>) bean.getClass();
        return StaticTableSchema.builder(type)
                .newItemSupplier(() -> create(type))
                .addAttribute(String.class, a -> a.name("PK").getter(FirstUseBean::getPk).setter(FirstUseBean::setPk)
                        .tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("SK").getter(FirstUseBean::getSk).setter(FirstUseBean::setSk)
                        .tags(primarySortKey()))
                .addAttribute(String.class, a -> a.name("id").getter(FirstUseBean::getId).setter(FirstUseBean::setId))
                .addAttribute(String.class, a -> a.name("kind").getter(FirstUseBean::getKind)
                        .setter(FirstUseBean::setKind))
                .addAttribute(String.class, a -> a.name("name").getter(FirstUseBean::getName)
                        .setter(FirstUseBean::setName))
                .addAttribute(Integer.class, a -> a.name("count").getter(FirstUseBean::getCount)
                        .setter(FirstUseBean::setCount))
                .addAttribute(Instant.class, a -> a.name("at").getter(FirstUseBean::getAt).setter(FirstUseBean::setAt))
                .addAttribute(EnhancedType.listOf(String.class), a -> a.name("tags").getter(FirstUseBean::getTags)
                        .setter(FirstUseBean::setTags))
                .build();
    }

    /** Only reads build beans; the first-use comparison writes, so this is never on its clock. */
    private static FirstUseBean create(Class<FirstUseBean> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot create a " + type.getName(), e);
        }
    }
}
