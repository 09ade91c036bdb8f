package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidModelException;
import dev.storm.Transaction;
import dev.storm.functional.twins.Plain;
import dev.storm.functional.twins.PlainName;
import dev.storm.functional.twins.PlainName_;
import dev.storm.functional.twins.Plain_;
import dev.storm.functional.twins.other.Twin;
import dev.storm.functional.twins.other.Twin_;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Two models whose keys are composed alike would read and overwrite each other's items: the second one used on a
 * table is refused before it sends anything, unless it is declared a view of the first.
 */
@StormTest(tablePerMethod = true)
class KeyShapeFunctionalTest {

    @Test
    void aSecondModelOfTheSameKeyShape_isRefusedOnFirstUse_beforeAnyRequest(DynamoDbLocal local, DynamoDbClient client,
                                                                             @TableName String table) {
        Plain.objects.create(new Plain("p1", "Ann", "s3cret"));
        List<Map<String, AttributeValue>> before = TableScan.items(client, table);

        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertThatThrownBy(() -> Twin.objects.using(Twin_.itemId.eq("p1")).list())
                    .isInstanceOf(InvalidModelException.class)
                    .hasMessageContaining(Twin.class.getName()).hasMessageContaining(Plain.class.getName())
                    .hasMessageContaining("suffix \"ITEM\"").hasMessageContaining("PK identifiers [I]")
                    .hasMessageContaining("table " + table).hasMessageContaining("@Meta(viewOf = Plain.class)");
            assertThatThrownBy(() -> new Twin("p1", 7).save()).isInstanceOf(InvalidModelException.class);
            assertThatThrownBy(() -> Transaction.atomic(tx -> tx.save(new Twin("p1", 7))))
                    .isInstanceOf(InvalidModelException.class);
            assertThatThrownBy(() -> Twin.objects.all().list()).isInstanceOf(InvalidModelException.class);
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(TableScan.items(client, table)).isEqualTo(before);
        assertThat(Plain.objects.get(Plain_.id.eq("p1")).secret()).isEqualTo("s3cret");
    }

    @Test
    void aDeclaredView_readsAndUpdatesTheSameItems(DynamoDbClient client, @TableName String table) {
        Plain.objects.create(new Plain("p1", "Ann", "s3cret"));
        PlainName name = PlainName.objects.get(PlainName_.id.eq("p1"));
        assertThat(name.name()).isEqualTo("Ann");
        name.update(PlainName_.name.set("Bob"));
        Plain after = Plain.objects.get(Plain_.id.eq("p1"));
        assertThat(after.name()).isEqualTo("Bob");
        assertThat(after.secret()).isEqualTo("s3cret");
    }

    @Test
    void theSameShape_onAnotherTable_isNoClash(DynamoDbClient client, @TableName String table) {
        Twin.objects.create(new Twin("t1", 3));
        assertThat(Twin.objects.get(Twin_.itemId.eq("t1")).count()).isEqualTo(3);
        assertThat(TableScan.items(client, table)).hasSize(1);
    }
}
