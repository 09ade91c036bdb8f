package dev.storm.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.BulkOptions;
import dev.storm.ConnectionManager;
import dev.storm.InvalidValueException;
import dev.storm.TableContext;
import dev.storm.model.Doc;
import dev.storm.model.Member;
import dev.storm.model.Order;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk input refused before any client is even built, and the options' own checks. */
class BulkInputTest {

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    @Test
    void modelsWithGuards_areRefused_namingTheField() {
        assertThatThrownBy(() -> Member.objects.bulkSave(List.of(new Member("m1", "a@b.c", "A"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Member.email");
        assertThatThrownBy(() -> Doc.objects.bulkDelete(List.of(new Doc("d1", "t", 1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Doc.version");
    }

    @Test
    void duplicateKeys_areRefused_namingBothPositions() {
        Order a = new Order("u1", "o1", 1, "A", null);
        Order b = new Order("u1", "o1", 2, "B", null);

        assertThatThrownBy(() -> Order.objects.bulkSave(List.of(a, b))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("elements 0 and 1");
    }

    @Test
    void options_refuseNonsense_andKeepWhatTheyAreGiven() {
        BulkOptions options = BulkOptions.defaults().withConcurrency(8).withDeadline(Duration.ofSeconds(9));

        assertThat(options).isEqualTo(new BulkOptions(Duration.ofSeconds(9), Duration.ofMillis(50),
                Duration.ofSeconds(5), 8));
        assertThatThrownBy(() -> options.withConcurrency(0)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("concurrency");
        assertThatThrownBy(() -> options.withDeadline(Duration.ZERO)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> options.withMaxDelay(Duration.ofMillis(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("baseDelay <= maxDelay");
    }
}
