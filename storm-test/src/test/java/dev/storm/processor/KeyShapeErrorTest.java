package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.processor.TestCompiler.Source;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two models compiled together, of one package or of two, whose keys are composed alike are a compile error naming
 * both, unless one is a view of the other. {@link KeyShapeRuleTest} holds the rule's table, checked against the run
 * time too.
 */
class KeyShapeErrorTest {

    @TempDir
    Path dir;

    private static Source model(String pkg, String name, String declaration) {
        return Source.of(pkg + "." + name, "package " + pkg + ";\n\nimport dev.storm.*;\n\n" + declaration);
    }

    private static final String PLAIN = """
            @Meta(suffix = "ITEM")
            public record Plain(@Field(pk = true) String id, String name) implements Model<Plain> {
            }
            """;

    @Test
    void twoModelsWithOneKeyShape_inOnePackage_isAnErrorNamingBoth() {
        Compilation c = TestCompiler.compile(dir, model("com.acme", "Plain", PLAIN), model("com.acme", "Twin", """
                @Meta(suffix = "ITEM")
                public record Twin(@Field(pk = true, name = "item") String itemId, int count) implements Model<Twin> {
                }
                """));

        assertThat(c.success()).as(c.describe()).isFalse();
        assertThat(c.errors()).as(c.describe()).hasSize(1);
        String message = c.errors().get(0).getMessage(Locale.ROOT);
        assertThat(message).contains("com.acme.Twin and com.acme.Plain compose their keys alike",
                "PK I#*#ITEM, SK ITEM", "suffix \"ITEM\"", "PK identifiers [I]", "SK identifiers []",
                "read and overwrite the other's items", "@Meta(viewOf = com.acme.Plain.class) on com.acme.Twin");
    }

    @Test
    void sameSuffixAndPk_butAnotherSortKeyIdentifier_compiles() {
        Compilation c = TestCompiler.compile(dir, model("com.acme", "Plain", PLAIN), model("com.acme", "Line", """
                @Meta(suffix = "ITEM")
                public record Line(@Field(pk = true) String id, @Field(sk = true) String lineNo) implements Model<Line> {
                }
                """));

        assertThat(c.errors()).as(c.describe()).isEmpty();
    }

    @Test
    void aDeclaredView_compiles() {
        Compilation c = TestCompiler.compile(dir, model("com.acme", "Plain", PLAIN), model("com.acme", "PlainName", """
                @Meta(suffix = "ITEM", viewOf = Plain.class)
                public record PlainName(@Field(pk = true) String id, String name) implements Model<PlainName> {
                }
                """));

        assertThat(c.errors()).as(c.describe()).isEmpty();
    }

    @Test
    void modelsOfTwoPackagesWithOneKeyShape_compiledTogether_isAnErrorNamingBoth() {
        Compilation c = TestCompiler.compile(dir, model("com.acme", "Plain", PLAIN), model("com.other", "Plain", PLAIN));

        assertThat(c.success()).as(c.describe()).isFalse();
        assertThat(c.errors()).as(c.describe()).hasSize(1);
        Diagnostic<? extends JavaFileObject> error = c.errors().get(0);
        assertThat(error.getSource().getName()).endsWith("com/other/Plain.java");
        assertThat(error.getMessage(Locale.ROOT)).contains(
                "com.other.Plain and com.acme.Plain compose their keys alike (PK I#*#ITEM, SK ITEM",
                "@Meta(viewOf = com.acme.Plain.class) on com.other.Plain");
    }

    @Test
    void aDeclaredViewInAnotherPackage_compiles() {
        Compilation c = TestCompiler.compile(dir, model("com.acme", "Plain", PLAIN), model("com.other", "Summary", """
                @Meta(suffix = "ITEM", viewOf = com.acme.Plain.class)
                public record Summary(@Field(pk = true) String id, String name) implements Model<Summary> {
                }
                """));

        assertThat(c.errors()).as(c.describe()).isEmpty();
        assertThat(c.generatedSource("com.other.Summary_")).contains("class Summary_");
    }
}
