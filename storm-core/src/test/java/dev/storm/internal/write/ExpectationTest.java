package dev.storm.internal.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.transaction.FailureKind;
import dev.storm.internal.write.Expectation.Existence;
import dev.storm.model.Doc;
import dev.storm.model.Doc_;
import dev.storm.model.Member;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Which part of a write's expectation failed, told from the stored item DynamoDB returns. */
class ExpectationTest {

    private static final ModelSchema<Doc> DOCS = ModelSchema.of(Doc.class);
    private static final ModelSchema<Member> MEMBERS = ModelSchema.of(Member.class);

    private static Map<String, AttributeValue> doc(long version, String title) {
        return Map.of("PK", AttributeValue.fromS("D#d1#Doc"), "SK", AttributeValue.fromS("Doc"),
                "version", AttributeValue.fromN(Long.toString(version)), "title", AttributeValue.fromS(title));
    }

    private static Expectation<Doc> expect(long version, Existence existence) {
        return Expectation.of("storm_requests", DOCS, new Doc("d1", "t", version), "Doc(d1)", "saved", existence,
                true, Doc_.title.eq("t"), null);
    }

    @Test
    void aStoredItemAtAnotherVersion_isAVersionConflict() {
        assertThat(expect(3, Existence.ANY).explain(doc(4, "t")).kind()).isEqualTo(FailureKind.VERSION_CONFLICT);
    }

    @Test
    void aStoredItemAtTheSameVersion_failedTheUserCondition() {
        var failure = expect(3, Existence.ANY).explain(doc(3, "other"));

        assertThat(failure.kind()).isEqualTo(FailureKind.CONDITION_FAILED);
        assertThat(failure.message()).contains("Doc.title = \"t\"", "Doc(d1)");
    }

    @Test
    void aMissingItem_isDoesNotExist_orAConflict_orAFailedCondition_dependingOnTheWrite() {
        assertThat(expect(3, Existence.MUST_EXIST).explain(null).kind()).isEqualTo(FailureKind.DOES_NOT_EXIST);
        assertThat(expect(3, Existence.ANY).explain(null).kind()).isEqualTo(FailureKind.VERSION_CONFLICT);
        assertThat(expect(0, Existence.ANY).explain(Map.of()).kind()).isEqualTo(FailureKind.CONDITION_FAILED);
    }

    @Test
    void aCreateFindingAnItem_isAlreadyExists() {
        assertThat(expect(0, Existence.MUST_NOT_EXIST).explain(doc(1, "t")).kind())
                .isEqualTo(FailureKind.ALREADY_EXISTS);
    }

    @Test
    void aUniqueValueChangedSinceTheRead_isChangedSinceRead() {
        Member member = new Member("m1", "a@b.c", "Ann");
        Snapshot read = Snapshot.of(WritePolicy.of(MEMBERS), Map.of("email", AttributeValue.fromS("a@b.c")));
        Expectation<Member> e = Expectation.of("storm_requests", MEMBERS, member, "Member(m1)", "saved",
                Existence.ANY, true, null, read);

        assertThat(e.explain(Map.of("PK", AttributeValue.fromS("M#m1#MEMBER"),
                "email", AttributeValue.fromS("z@b.c"))).kind()).isEqualTo(FailureKind.CHANGED_SINCE_READ);
        assertThat(e.explain(null).kind()).isEqualTo(FailureKind.CHANGED_SINCE_READ);
    }
}
