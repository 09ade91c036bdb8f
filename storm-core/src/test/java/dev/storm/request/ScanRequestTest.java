package dev.storm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidQueryException;
import dev.storm.TableContext;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import dev.storm.model.Profile;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** The Scan of a model: filtered to its key shape, with the user's filter and the segment. */
class ScanRequestTest {

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @Test
    void all_filtersToTheModelsKeyShape() {
        ScanRequest request = Order.objects.all().toRequest();

        assertThat(request.tableName()).isEqualTo("storm_requests");
        assertThat(request.filterExpression())
                .isEqualTo("begins_with(#n0, :v0) AND contains(#n0, :v1) AND begins_with(#n1, :v2)");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK", "#n1", "SK"));
        assertThat(request.expressionAttributeValues())
                .isEqualTo(Map.of(":v0", s("U#"), ":v1", s("#USER"), ":v2", s("O#")));
        assertThat(request.totalSegments()).isNull();
        assertThat(request.limit()).isNull();
    }

    @Test
    void all_ofAModelWithoutSortKeyFields_matchesItsSuffixAsSk() {
        assertThat(Profile.objects.all().toRequest().filterExpression()).endsWith("AND #n1 = :v2");
        assertThat(Profile.objects.all().toRequest().expressionAttributeValues().get(":v2")).isEqualTo(s("USER"));
    }

    @Test
    void segmentsFilterAndConsistency_areRendered() {
        ScanRequest request = Order.objects.all().filter(Order_.amount.gt(5)).consistent(true).segments(8).segment(3)
                .toRequest();

        assertThat(request.filterExpression()).endsWith(" AND #n2 > :v3");
        assertThat(request.totalSegments()).isEqualTo(8);
        assertThat(request.segment()).isEqualTo(3);
        assertThat(request.consistentRead()).isTrue();
        assertThat(Order.objects.all().segments(4).toRequest().segment()).isEqualTo(0);
    }

    @Test
    void badSegmentsOrLimits_areRefused() {
        assertThatThrownBy(() -> Order.objects.all().segments(0)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Order: segments must be between 1 and 1000000, got 0");
        assertThatThrownBy(() -> Order.objects.all().segments(4).segment(4)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("segment 4 is outside 0..3");
        assertThatThrownBy(() -> Order.objects.all().segment(1)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("segments(4)");
        assertThatThrownBy(() -> Order.objects.all().limit(0)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("at least 1");
    }
}
