package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidQueryException;
import dev.storm.Update;
import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Everything_;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** {@code model.update(...)} with five and more updates: applied in one UpdateItem, type-checked where Java cannot. */
@StormTest(tablePerMethod = true)
class ManyUpdatesFunctionalTest {

    private static Everything stored() {
        return Everything.objects.create(new Everything("e1", "t", 1, 2L, (short) 3, (byte) 4, 5.0, 6f, false, null,
                null, null, null, BigDecimal.ONE, null, Everything.Level.LOW, null, null, null, null, null, null, null,
                null, null, null, null, null, null));
    }

    @Test
    void sixUpdates_areAppliedTogether() {
        Everything e = stored();

        Everything changed = e.update(Everything_.text.set("six"), Everything_.anInt.add(10),
                Everything_.aLong.set(20L), Everything_.aBoolean.set(true),
                Everything_.level.set(Everything.Level.HIGH), Everything_.decimal.remove());

        assertThat(changed.text()).isEqualTo("six");
        assertThat(changed.anInt()).isEqualTo(11);
        assertThat(changed.aLong()).isEqualTo(20L);
        assertThat(changed.aBoolean()).isTrue();
        assertThat(changed.level()).isEqualTo(Everything.Level.HIGH);
        assertThat(changed.decimal()).isNull();
        assertThat(Everything.objects.get(Everything_.id.eq("e1"))).isEqualTo(changed);
    }

    @Test
    void anUpdateOfAnotherModel_pastTheFifth_isRefused_andNothingChanges() {
        Everything e = stored();
        Update<?> foreign = User_.name.set("x");

        assertThatThrownBy(() -> e.update(Everything_.text.set("a"), Everything_.anInt.set(1),
                Everything_.aLong.set(2L), Everything_.aShort.set((short) 3), Everything_.aByte.set((byte) 4), foreign))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("name")
                .hasMessageContaining("belongs to User, not to Everything");
        assertThat(Everything.objects.get(Everything_.id.eq("e1"))).isEqualTo(e);
    }
}
