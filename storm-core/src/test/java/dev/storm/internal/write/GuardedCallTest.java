package dev.storm.internal.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.UniqueConstraintException;
import dev.storm.VersionConflictException;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.transaction.FailureKind;
import dev.storm.internal.transaction.OperationFailure;
import dev.storm.internal.transaction.PlannedWrite;
import dev.storm.internal.transaction.TransactRetry;
import dev.storm.internal.transaction.WriteFailure;
import dev.storm.internal.transaction.WritePlan;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The decisions between the attempts of a guarded write and of a transaction, which the blocking and the async
 * senders both follow: offline, from the failures a cancellation is explained as.
 */
class GuardedCallTest {

    private static final PlannedWrite WRITE = new PlannedWrite(TransactWriteItem.builder().build(),
            new TableKey("M#m1#MEMBER", "MEMBER"), "save Member(m1)", null, stored -> null, 0, null);

    private static List<OperationFailure> failed(FailureKind kind) {
        return List.of(new OperationFailure(new WritePlan.Entry(0, WRITE), new WriteFailure(kind, kind + " here"),
                new RuntimeException("cancelled")));
    }

    private static GuardedCall<String> call() {
        return new GuardedCall<>(new Draft("Member", "table", null, (found, guards) -> List.of(WRITE)), null, (planned, found) -> "done");
    }

    @Test
    void anAppliedTransaction_endsTheCall_withItsResult() {
        GuardedCall<String> call = call();
        call.plan(call.planning());

        assertThat(call.retry(List.of())).isNull();
        assertThat(call.result(null)).isEqualTo("done");
    }

    @Test
    void anItemChangedSinceItsRead_isReadAndWrittenAgain_eightAttemptsInAll_thenAVersionConflict() {
        GuardedCall<String> call = call();
        for (int attempt = 1; attempt < 8; attempt++) {
            call.plan(call.planning());
            assertThat(call.retry(failed(FailureKind.CHANGED_SINCE_READ))).as("wait after attempt " + attempt)
                    .isNotNull().isBetween(Duration.ZERO, Duration.ofMillis(200));
        }
        call.plan(call.planning());
        assertThatThrownBy(() -> call.retry(failed(FailureKind.CHANGED_SINCE_READ)))
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("CHANGED_SINCE_READ here")
                .hasMessageEndingWith("gave up after 8 attempts");
    }

    @Test
    void anyOtherFailure_isTheCallsException_atOnce() {
        GuardedCall<String> call = call();
        call.plan(call.planning());

        assertThatThrownBy(() -> call.retry(failed(FailureKind.UNIQUE_VALUE_TAKEN)))
                .isInstanceOf(UniqueConstraintException.class).hasMessage("UNIQUE_VALUE_TAKEN here");
    }

    @Test
    void aTransientCancellation_isSentAgain_tenAttemptsInAll_andAnyOtherIsTheAnswer() {
        TransactRetry retry = new TransactRetry();
        for (int attempt = 1; attempt < 10; attempt++) {
            assertThat(retry.next(failed(FailureKind.TRANSACTION_CONFLICT))).isNotNull()
                    .isBetween(Duration.ZERO, Duration.ofMillis(500));
        }
        assertThat(retry.next(failed(FailureKind.THROTTLED))).isNull();
        assertThat(new TransactRetry().next(failed(FailureKind.CONDITION_FAILED))).isNull();
    }

    @Test
    void aPlanThatLooksUpItems_isMadeAgain_afterEachOneIsRead_oneAtATime() {
        TableKey guard = new TableKey("UNIQUE#GC#tag#v#1", "UNIQUE#GC#tag#v#1");
        TableKey owner = new TableKey("I#t1#GC", "GC");
        Draft draft = new Draft("Tagged", "table", null, (found, guards) -> {
            if (!guards.known(guard)) {
                return List.of();
            }
            Map<String, AttributeValue> g = guards.item(guard);
            return g != null && !guards.known(owner) ? List.of() : List.of(WRITE);
        });
        Draft.Planning planning = draft.planning();

        GetItemRequest first = planning.read();
        assertThat(first.key()).isEqualTo(guard.toMap());
        assertThat(first.consistentRead()).isTrue();
        assertThat(first.tableName()).isEqualTo("table");
        planning.found(GetItemResponse.builder().item(Map.of("ownerPK", AttributeValue.fromS(owner.pk()))).build());
        assertThat(planning.read().key()).isEqualTo(owner.toMap());
        planning.found(GetItemResponse.builder().build());
        assertThat(planning.read()).isNull();
        assertThat(planning.plan()).containsExactly(WRITE);
    }
}
