package dev.storm.processor;

import static dev.storm.processor.ErrorAssert.assertNoError;
import static dev.storm.processor.ErrorAssert.assertSingleError;

import dev.storm.processor.TestCompiler.Source;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Compile errors for key declarations: partition key, attribute names, key-part types, identifiers, indexes. */
class KeyDeclarationErrorTest {

    @TempDir
    Path dir;

    @Test
    void recordWithoutPkField_isAnErrorOnTheRecord() {
        Source source = model("User", """
                public record User(@Field(sk = true) String type, String email) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "public record User", "User has no partition key field",
                "@Field(pk = true)");
    }

    @Test
    void classWithoutPkField_isAnErrorOnTheClass() {
        Source source = model("Account", """
                public class Account implements Model<Account> {
                    String name;
                }
                """);

        assertSingleError(dir, source, "public class Account", "Account has no partition key field");
    }

    @Test
    void twoFieldsWithOneAttributeName_isAnErrorOnTheSecond() {
        Source source = model("User", """
                public record User(
                        @Field(pk = true) String userId,
                        String email,
                        @Field(name = "userId") String alias) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "String alias", "User.alias", "'userId'", "already used by User.userId",
                "@Field(name = ...)");
    }

    @Test
    void renamedFieldTakingAnotherFieldsJavaName_isAnErrorOnTheLaterField() {
        Source source = model("User", """
                public record User(
                        @Field(pk = true, name = "email") String userId,
                        String email) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "String email)", "User.email", "'email'", "already used by User.userId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PK", "SK", "GSI1PK", "GSI1SK", "GSI9PK", "GSI10SK", "GSI20PK", "GSI20SK"})
    void attributeNameOfAKeyStormWrites_isAnError(String attribute) {
        Source source = model("User", """
                public record User(
                        @Field(pk = true) String userId,
                        @Field(name = "%s") String data) implements Model<User> {
                }
                """.formatted(attribute));

        assertSingleError(dir, source, "String data", "User.data", "'" + attribute + "'",
                "key attribute STORM writes");
    }

    @Test
    void javaNameOfAKeyStormWrites_isAnError() {
        Source source = model("User", """
                public record User(
                        @Field(pk = true) String userId,
                        String SK) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "String SK", "User.SK", "'SK'", "@Field(name = ...)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pk", "Sk", "GSI0PK", "GSI21PK", "GSI1PKX", "GSIPK", "GSI01PK"})
    void attributeNamesOnlyResemblingKeys_compile(String attribute) {
        assertNoError(dir, model("User", """
                public record User(
                        @Field(pk = true) String userId,
                        @Field(name = "%s") String data) implements Model<User> {
                }
                """.formatted(attribute)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pk = true       | java.util.List<String>              | java.util.List<java.lang.String>",
        "sk = true       | byte[]                              | byte[]",
        "gsi = true      | Object                              | java.lang.Object",
        "pk = true       | java.util.Date                      | java.util.Date",
        "sk = true       | java.util.Map<String, Integer>      | java.util.Map<java.lang.String, java.lang.Integer>",
        "gsi = true      | java.util.Optional<String>          | java.util.Optional<java.lang.String>",
        "pk = true       | java.util.concurrent.atomic.AtomicLong | java.util.concurrent.atomic.AtomicLong",
    })
    void keyFieldOfATypeThatCannotBeAKeyPart_isAnError(String flag, String type, String typeName) {
        Source source = model("Item", """
                public record Item(
                        @Field(pk = true, name = "id") String itemId,
                        @Field(%s) %s part) implements Model<Item> {
                }
                """.formatted(flag, type));

        assertSingleError(dir, source, " part)", "Item.part", "type " + typeName + " cannot be a key part",
                "(" + flag + ")", "UUID");
    }

    @Test
    void gsiSortKeyOfATypeThatCannotBeAKeyPart_isAnError() {
        Source source = model("Item", """
                public record Item(
                        @Field(pk = true) String itemId,
                        @Field(gsi = true, index = 2) String category,
                        @Field(gsiSk = true, index = 2) java.util.Set<String> labels) implements Model<Item> {
                }
                """);

        assertSingleError(dir, source, "labels)", "Item.labels", "java.util.Set<java.lang.String>",
                "cannot be a key part (gsiSk = true)");
    }

    @Test
    void everyKeyPartType_compilesAsAKey() {
        assertNoError(dir, model("Keys", """
                public record Keys(
                        @Field(pk = true) String a, @Field(pk = true) char b, @Field(pk = true) Character c,
                        @Field(pk = true) byte d, @Field(pk = true) short e, @Field(pk = true) int f,
                        @Field(pk = true) long g, @Field(sk = true) float h, @Field(sk = true) double i,
                        @Field(sk = true) Byte j, @Field(sk = true) Short k, @Field(sk = true) Integer l,
                        @Field(sk = true) Long m, @Field(sk = true) Float n, @Field(sk = true) Double o,
                        @Field(gsi = true) java.math.BigDecimal p, @Field(gsi = true) java.math.BigInteger q,
                        @Field(gsi = true) boolean r, @Field(gsi = true) Boolean s,
                        @Field(gsi = true) Colour t, @Field(gsi = true) java.util.UUID u,
                        @Field(gsi = true, index = 2) java.time.Instant v,
                        @Field(gsiSk = true, index = 2) java.time.LocalDate w,
                        @Field(gsiSk = true, index = 2) java.time.LocalDateTime x,
                        @Field(gsiSk = true, index = 2) java.time.OffsetDateTime y,
                        @Field(gsiSk = true, index = 2) java.time.ZonedDateTime z,
                        @Field(gsiSk = true, index = 2) java.time.LocalTime zz) implements Model<Keys> {

                    public enum Colour { RED, GREEN }
                }
                """));
    }

    @Test
    void identifierContainingHash_isAnErrorOnTheField() {
        Source source = model("User", """
                public record User(
                        @Field(pk = true, identifier = "U#X") String userId) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "String userId", "User.userId", "identifier \"U#X\"", "'#'");
    }

    @Test
    void defaultIdentifierThatWouldBeHash_isAnErrorOnTheField() {
        Source source = model("User", """
                public record User(
                        @Field(pk = true, name = "#id") String userId) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "String userId", "User.userId", "'#id'", "@Field(identifier = ...)");
    }

    @Test
    void suffixContainingHash_isAnErrorOnTheModel() {
        Source source = model("User", """
                @Meta(suffix = "USER#V2")
                public record User(@Field(pk = true) String userId) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "@Meta(suffix", "User", "@Meta(suffix = \"USER#V2\")", "'#'");
    }

    @Test
    void keyLayoutNamingTwoLayouts_isAnErrorOnTheModel() {
        Source source = model("User", """
                @Meta(keyLayout = {KeyLayout.STORM_0_1, KeyLayout.STORM_0_2})
                public record User(@Field(pk = true) String userId) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "@Meta(keyLayout", "User", "names 2 layouts", "keyLayout = KeyLayout.STORM_0_1");
    }

    @Test
    void keyLayoutOnTheModel_orOnItsPackage_compiles() {
        assertNoError(dir, model("User", """
                @Meta(suffix = "USER", keyLayout = KeyLayout.STORM_0_1)
                public record User(@Field(pk = true) String userId) implements Model<User> {
                }
                """));
        assertNoError(dir, Source.of("com.acme.package-info", """
                @DefaultKeyLayout(KeyLayout.STORM_0_1)
                package com.acme;

                import dev.storm.DefaultKeyLayout;
                import dev.storm.KeyLayout;
                """));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gsi = true, index = 0        | 0",
        "gsi = true, index = 21       | 21",
        "gsi = true, index = {2, -1}  | -1",
        "gsiSk = true, index = 99     | 99",
        "index = 21                   | 21",
    })
    void indexOutsideOneToTwenty_isAnErrorOnTheField(String declaration, String index) {
        Source source = model("Item", """
                public record Item(
                        @Field(pk = true) String itemId,
                        @Field(gsi = true, index = 2) String category,
                        @Field(%s) String tag) implements Model<Item> {
                }
                """.formatted(declaration));

        assertSingleError(dir, source, "String tag", "Item.tag", "index " + index + " is outside 1..20");
    }

    @Test
    void gsiWithNoIndex_isAnErrorOnTheField() {
        Source source = model("Item", """
                public record Item(
                        @Field(pk = true) String itemId,
                        @Field(gsi = true, index = {}) String tag) implements Model<Item> {
                }
                """);

        assertSingleError(dir, source, "String tag", "Item.tag", "names no index");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsiSk = true", "gsiSk = true, index = 1", "gsiSk = true, index = {2, 1}"})
    void gsiSortKeyOnIndexOne_isAnErrorBecauseGsi1SortsBySk(String declaration) {
        Source source = model("Item", """
                public record Item(
                        @Field(pk = true) String itemId,
                        @Field(gsi = true, index = {1, 2}) String category,
                        @Field(%s) String tag) implements Model<Item> {
                }
                """.formatted(declaration));

        assertSingleError(dir, source, "String tag", "Item.tag", "GSI1 sorts by SK", "GSI1SK", "index = 2");
    }

    @Test
    void gsiSortKeyOnAnIndexWithoutPartitionKey_isAnErrorOnTheSortKeyField() {
        Source source = model("Item", """
                public record Item(
                        @Field(pk = true) String itemId,
                        @Field(gsi = true, index = 2) String category,
                        @Field(gsiSk = true, index = 3) String tag) implements Model<Item> {
                }
                """);

        assertSingleError(dir, source, "String tag", "Item.tag", "GSI3", "@Field(gsi = true, index = 3)");
    }

    @Test
    void severalIndexesWithTheirSortKeys_compile() {
        assertNoError(dir, model("Item", """
                public record Item(
                        @Field(pk = true) String itemId,
                        @Field(gsi = true, index = {1, 2, 20}) String category,
                        @Field(gsiSk = true, index = {2, 20}) String tag) implements Model<Item> {
                }
                """));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "public record Point(@Field(pk = true) String id) {}                     | Point.id | pk = true",
        "public final class Point { @Field(sk = true) String id; }               | Point.id | sk = true",
        "public enum Point { A; @Field(gsi = true, index = 2) String id; }       | Point.id | gsi = true",
        "public interface Point { @Field(pk = true, gsi = true) String ID = \"\"; } | Point.ID | pk = true, gsi = true",
    })
    void keyFlagOnATypeThatIsNotAModel_isAnErrorOnTheField(String declaration, String field, String flags) {
        Source source = model("Point", declaration + "\n");

        assertSingleError(dir, source, "@Field(", field, "@Field(" + flags + ")", "Point is not a model");
    }

    @Test
    void keyFlagOnANonFinalClassThatIsNotAModel_isAllowedAsAModelsSuperclass() {
        assertNoError(dir, model("Keyed", """
                public class Keyed {
                    @Field(pk = true) String id;
                }

                class Thing extends Keyed implements Model<Thing> {
                    String name;
                }
                """));
    }

    private static Source model(String name, String declaration) {
        return Source.of("com.acme." + name, "package com.acme;\n\nimport dev.storm.*;\n\n" + declaration);
    }
}
