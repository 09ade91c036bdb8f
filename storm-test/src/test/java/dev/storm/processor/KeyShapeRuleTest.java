package dev.storm.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidModelException;
import dev.storm.internal.schema.KeyShapes;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import dev.storm.processor.TestCompiler.Source;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One table of model pairs, each in two packages, and whether their keys clash: the processor (both compiled
 * together: an error naming both) and the run time (compiled apart, both used on one table: an
 * {@code InvalidModelException} naming both) must both give the answer of the table, so they apply one rule.
 */
class KeyShapeRuleTest {

    private static final String A = "com.acme.Item";
    private static final String B = "com.other.Thing";

    /** A pair: the sources of the first model's compilation and of the second's, and whether the two clash. */
    record Pair(String rule, Map<String, String> first, Map<String, String> second, boolean clash) {

        @Override
        public String toString() {
            return rule + (clash ? ": clash" : ": no clash");
        }
    }

    @TempDir
    Path dir;

    static Stream<Pair> pairs() {
        return Stream.of(
                pair("same suffix and PK identifier", "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id",
                        "@Meta(suffix = \"ITEM\")", "@Field(pk = true, name = \"item\") String itemId", true),
                pair("an explicit identifier equal to the default one", "", "@Field(pk = true) String id",
                        "@Meta(suffix = \"Item\")", "@Field(pk = true, identifier = \"I\") String key", true),
                pair("another suffix", "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id",
                        "@Meta(suffix = \"THING\")", "@Field(pk = true) String id", false),
                pair("another PK identifier", "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id",
                        "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String key", false),
                pair("same SK identifier", "@Meta(suffix = \"ITEM\")",
                        "@Field(pk = true) String id, @Field(sk = true) String type", "@Meta(suffix = \"ITEM\")",
                        "@Field(pk = true) String id, @Field(sk = true, identifier = \"T\") int n", true),
                pair("another SK identifier", "@Meta(suffix = \"ITEM\")",
                        "@Field(pk = true) String id, @Field(sk = true) String type", "@Meta(suffix = \"ITEM\")",
                        "@Field(pk = true) String id, @Field(sk = true) String order", false),
                pair("a sort-key field against none", "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id",
                        "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id, @Field(sk = true) String type",
                        false),
                pair("PK identifiers in another order", "@Meta(suffix = \"ITEM\")",
                        "@Field(pk = true) String a, @Field(pk = true) String b", "@Meta(suffix = \"ITEM\")",
                        "@Field(pk = true) String b, @Field(pk = true) String a", false),
                pair("a declared view", "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id",
                        "@Meta(suffix = \"ITEM\", viewOf = com.acme.Item.class)", "@Field(pk = true) String id",
                        false),
                pair("STORM_0_1 against STORM_0_2", "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id",
                        "@Meta(suffix = \"ITEM\", keyLayout = KeyLayout.STORM_0_1)", "@Field(pk = true) String id",
                        false),
                pair("STORM_0_1 suffixes differing in case, with sort-key fields",
                        "@Meta(suffix = \"Item\", keyLayout = KeyLayout.STORM_0_1)",
                        "@Field(pk = true) String id, @Field(sk = true) String type",
                        "@Meta(suffix = \"ITEM\", keyLayout = KeyLayout.STORM_0_1)",
                        "@Field(pk = true) String id, @Field(sk = true) String type", true),
                pair("STORM_0_1 suffixes differing in case, without sort-key fields (SK is the suffix as declared)",
                        "@Meta(suffix = \"Item\", keyLayout = KeyLayout.STORM_0_1)", "@Field(pk = true) String id",
                        "@Meta(suffix = \"ITEM\", keyLayout = KeyLayout.STORM_0_1)", "@Field(pk = true) String id",
                        false),
                pair("STORM_0_2 suffixes differing in case", "@Meta(suffix = \"Item\")",
                        "@Field(pk = true) String id, @Field(sk = true) String type", "@Meta(suffix = \"ITEM\")",
                        "@Field(pk = true) String id, @Field(sk = true) String type", false),
                withPackageLayout("the package's @DefaultKeyLayout", "com.acme", true),
                withPackageLayout("an enclosing package's @DefaultKeyLayout", "com", true),
                withPackageLayout("another package's @DefaultKeyLayout", "org.acme", false));
    }

    private static Pair pair(String rule, String metaA, String fieldsA, String metaB, String fieldsB, boolean clash) {
        return new Pair(rule, Map.of(A, model(A, metaA, fieldsA)), Map.of(B, model(B, metaB, fieldsB)), clash);
    }

    /** Item takes its layout from a package-info (STORM_0_1); Thing names STORM_0_1 itself. */
    private static Pair withPackageLayout(String rule, String annotatedPackage, boolean clash) {
        Map<String, String> first = new LinkedHashMap<>();
        first.put(annotatedPackage + ".package-info", "@DefaultKeyLayout(KeyLayout.STORM_0_1)\npackage "
                + annotatedPackage + ";\n\nimport dev.storm.DefaultKeyLayout;\nimport dev.storm.KeyLayout;\n");
        first.put(A, model(A, "@Meta(suffix = \"ITEM\")", "@Field(pk = true) String id"));
        return new Pair(rule, first, Map.of(B, model(B, "@Meta(suffix = \"ITEM\", keyLayout = KeyLayout.STORM_0_1)",
                "@Field(pk = true) String id")), clash);
    }

    private static String model(String typeName, String meta, String fields) {
        int dot = typeName.lastIndexOf('.');
        String name = typeName.substring(dot + 1);
        return "package " + typeName.substring(0, dot) + ";\n\nimport dev.storm.*;\n\n" + meta + "\npublic record "
                + name + "(" + fields + ") implements Model<" + name + "> {\n}\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void compiledTogether_theProcessorRefusesExactlyTheClashingPairs(Pair pair) {
        List<Source> sources = new ArrayList<>();
        pair.first().forEach((type, text) -> sources.add(Source.of(type, text)));
        pair.second().forEach((type, text) -> sources.add(Source.of(type, text)));

        Compilation c = TestCompiler.compile(dir, sources.toArray(Source[]::new));

        if (pair.clash()) {
            assertThat(c.errors()).as(c.describe()).hasSize(1);
            assertThat(c.errors().get(0).getMessage(Locale.ROOT)).contains(B + " and " + A + " compose their keys alike",
                    "@Meta(viewOf = " + A + ".class) on " + B);
        } else {
            assertThat(c.errors()).as(c.describe()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void compiledApart_theRunTimeRefusesExactlyTheClashingPairs(Pair pair) throws Exception {
        try (URLClassLoader loader = Apart.compile(dir, List.of(pair.first(), pair.second()))) {
            ModelSchema<?> first = ModelSchema.of(loader.loadClass(A));
            ModelSchema<?> second = ModelSchema.of(loader.loadClass(B));
            Target table = Target.requestsOnly("shape-rule-" + pair.rule().hashCode());

            KeyShapes.use(table, first);
            if (pair.clash()) {
                assertThatThrownBy(() -> KeyShapes.use(table, second)).isInstanceOf(InvalidModelException.class)
                        .hasMessageContaining(B + " and " + A + " compose their keys alike")
                        .hasMessageContaining("@Meta(viewOf = " + A + ".class) on " + B);
            } else {
                assertThatCode(() -> KeyShapes.use(table, second)).doesNotThrowAnyException();
            }
        }
    }
}
