package dev.storm.internal.transaction;

import dev.storm.internal.key.TableKey;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One item of a TransactWriteItems request, with what STORM needs around it: the item's key (a transaction takes
 * each item once), the operation in words, the model it serves, how to explain its condition failing, its size when
 * it puts an item, and, for a uniqueness guard, the value it claims.
 *
 * @param item        the request item
 * @param key         the key of the item it writes
 * @param operation   the operation in words: {@code create User(PK=U#u1#USER, SK=T#METADATA)}
 * @param model       the model the write serves
 * @param explain     the failure, given the stored item returned with the cancellation (null when none is stored)
 * @param size        the bytes of the item it puts, else 0
 * @param uniqueClaim for a guard that claims a unique value, that value in words ({@code User.email = "a@b.c"})
 */
public record PlannedWrite(TransactWriteItem item, TableKey key, String operation, Object model,
                           Function<Map<String, AttributeValue>, WriteFailure> explain, long size,
                           String uniqueClaim) {
}
