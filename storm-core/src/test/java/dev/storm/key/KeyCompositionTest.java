package dev.storm.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidKeyException;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.model.Counter;
import dev.storm.model.NoSort;
import dev.storm.model.Suffixed;
import dev.storm.model.TestModel;
import dev.storm.model.User;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyCompositionTest {

    private static TestModel full() {
        return new TestModel("aaa", "bbb", "ccc", "ddd", "eee", "fff", "x");
    }

    @Test
    void keys_withSeveralPkSkAndGsiFields_areComposedLikeStormForPython() {
        TestModel m = full();
        assertThat(m.getPk()).isEqualTo("A#aaa#B#bbb#TestModel");
        assertThat(m.getSk()).isEqualTo("C#ccc#D#ddd");
        assertThat(m.getGsi1pk()).isEqualTo("E#eee#F#fff#TestModel");
    }

    @Test
    void keys_withChangedSuffixAndIdentifiers_useThem() {
        Suffixed m = new Suffixed("aaa", "ccc", "eee");
        assertThat(m.getPk()).isEqualTo("X#aaa#CHANGED");
        assertThat(m.getSk()).isEqualTo("Y#ccc");
        assertThat(m.getGsi1pk()).isEqualTo("Z#eee#CHANGED");
    }

    @Test
    void keys_ofQuickstartUser_matchTheReadme() {
        User u = new User("user123", null, "a@b.c", "Ann", "a@b.c");
        assertThat(u.getPk()).isEqualTo("U#user123#USER");
        assertThat(u.getSk()).isEqualTo("T#METADATA");
        assertThat(u.getGsi1pk()).isEqualTo("E#a@b.c#USER");
    }

    @Test
    void sk_ofModelWithoutSkFields_isTheSuffix_andGsi1pkIsNull() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        NoSort m = new NoSort(id, 7, LocalDate.of(2024, 2, 29), NoSort.Color.GREEN, null);
        assertThat(m.getPk()).isEqualTo("I#123e4567-e89b-12d3-a456-426614174000#S#7#D#2024-02-29#C#GREEN#NoSort");
        assertThat(m.getSk()).isEqualTo("NoSort");
        assertThat(m.getGsi1pk()).isNull();
    }

    @Test
    void pk_ofRenamedClassField_usesAttributeNameInitial() {
        assertThat(new Counter("c1", 0, null).getPk()).isEqualTo("C#c1#Counter");
    }

    @Test
    void pk_withNullPart_isInvalidKeyNamingTheField() {
        TestModel m = new TestModel("aaa", null, "ccc", "ddd", "eee", "fff", null);
        assertThatThrownBy(m::getPk).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("TestModel.bPk").hasMessageContaining("null");
    }

    @Test
    void sk_withEmptyPart_isInvalidKeyNamingTheField() {
        TestModel m = new TestModel("aaa", "bbb", "", "ddd", "eee", "fff", null);
        assertThatThrownBy(m::getSk).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("TestModel.cSk").hasMessageContaining("empty");
    }

    @Test
    void gsi_withSeparatorInPart_isInvalidKeyNamingFieldAndValue() {
        TestModel m = new TestModel("aaa", "bbb", "ccc", "ddd", "e#e", "fff", null);
        assertThatThrownBy(m::getGsi1pk).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("TestModel.eGsi").hasMessageContaining("\"e#e\"").hasMessageContaining("'#'");
    }

    @Test
    void isCreatable_isFalseUntilEveryKeyFieldIsSet() {
        assertThat(full().isCreatable()).isTrue();
        assertThat(new TestModel("aaa", "bbb", "ccc", "ddd", null, "fff", null).isCreatable()).isFalse();
        assertThat(new TestModel("aaa", "bbb", "c#c", "ddd", "eee", "fff", null).isCreatable()).isFalse();
    }

    @Test
    void save_withMissingKeyFields_listsEveryMissingOne() {
        TestModel m = new TestModel(null, "bbb", null, "ddd", "eee", null, "x");
        assertThatThrownBy(() -> TestModel.objects.saveRequest(m, true))
                .isInstanceOf(MissingRequiredFieldsException.class)
                .hasMessageContaining("TestModel")
                .hasMessageContaining("[aPk, cSk, fGsi]");
    }
}
