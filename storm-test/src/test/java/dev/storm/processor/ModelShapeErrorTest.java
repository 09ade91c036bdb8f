package dev.storm.processor;

import static dev.storm.processor.ErrorAssert.assertNoError;
import static dev.storm.processor.ErrorAssert.assertSingleError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.processor.TestCompiler.Source;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compile errors for the shape of a model: self type, creatability, generics, visibility, versions. */
class ModelShapeErrorTest {

    @TempDir
    Path dir;

    @Test
    void modelOfAnotherType_isAnErrorOnTheModel() {
        Source source = model("User", """
                record Other(@Field(pk = true) String id) implements Model<Other> {
                }

                public record User(@Field(pk = true) String userId) implements Model<Other> {
                }
                """);

        assertSingleError(dir, source, "public record User", "User implements Model<com.acme.Other>",
                "Model<User>");
    }

    @Test
    void rawModel_isAnErrorOnTheModel() {
        Source source = model("User", """
                @SuppressWarnings("rawtypes")
                public record User(@Field(pk = true) String userId) implements Model {
                }
                """);

        assertSingleError(dir, source, "public record User", "User implements the raw type Model",
                "Model<User>");
    }

    @Test
    void subclassOfAModel_isAnErrorBecauseItIsAModelOfItsSuperclass() {
        Source source = model("Admin", """
                class Person implements Model<Person> {
                    @Field(pk = true) String id;
                }

                public class Admin extends Person {
                    String role;
                }
                """);

        assertSingleError(dir, source, "public class Admin", "Admin implements Model<com.acme.Person>",
                "Model<Admin>");
    }

    @Test
    void classModelWithoutNoArgConstructor_isAnErrorOnTheClass() {
        Source source = model("User", """
                public class User implements Model<User> {
                    @Field(pk = true) String userId;

                    public User(String userId) {
                        this.userId = userId;
                    }
                }
                """);

        assertSingleError(dir, source, "public class User", "User has no non-private no-arg constructor",
                "User() {}");
    }

    @Test
    void classModelWithOnlyAPrivateNoArgConstructor_isAnError() {
        Source source = model("User", """
                public class User implements Model<User> {
                    @Field(pk = true) String userId;

                    private User() {
                    }
                }
                """);

        assertSingleError(dir, source, "public class User", "User has no non-private no-arg constructor");
    }

    @Test
    void classModelWithProtectedNoArgConstructorBesideOthers_compiles() {
        assertNoError(dir, model("User", """
                public class User implements Model<User> {
                    @Field(pk = true) String userId;

                    protected User() {
                    }

                    public User(String userId) {
                        this.userId = userId;
                    }
                }
                """));
    }

    @Test
    void finalFieldOfAClassModel_isAnErrorOnTheField() {
        Source source = model("User", """
                public class User implements Model<User> {
                    @Field(pk = true) String userId;
                    final String email = "";
                }
                """);

        assertSingleError(dir, source, "final String email", "User.email", "remove final");
    }

    @Test
    void inheritedFinalField_isAnErrorOnTheModelNamingTheSuperclass() {
        Source source = model("User", """
                abstract class Base<M extends Base<M>> implements Model<M> {
                    final String createdBy = "system";
                }

                public class User extends Base<User> {
                    @Field(pk = true) String userId;
                }
                """);

        assertSingleError(dir, source, "public class User", "User.createdBy (inherited from Base)", "final");
    }

    @Test
    void innerClassModel_isAnErrorAskingForStatic() {
        Source source = model("Outer", """
                public class Outer {
                    public class Inner implements Model<Inner> {
                        @Field(pk = true) String id;
                    }
                }
                """);

        assertSingleError(dir, source, "public class Inner", "Outer.Inner is an inner class", "static");
    }

    @Test
    void genericModel_isAnErrorOnTheModel() {
        Source source = model("Box", """
                public record Box<T>(@Field(pk = true) String id, T value) implements Model<Box<T>> {
                }
                """);

        Compilation compilation = assertSingleError(dir, source, "public record Box",
                "Box declares type parameters <T>", "generic models are not supported");
        assertThat(compilation.generatedFiles()).isEmpty();
    }

    @Test
    void privateNestedModel_isAnErrorBecauseTheMetamodelCannotReferToIt() {
        Source source = model("Outer", """
                public class Outer {
                    private record Secret(@Field(pk = true) String id) implements Model<Secret> {
                    }
                }
                """);

        Compilation compilation = assertSingleError(dir, source, "private record Secret", "Outer.Secret",
                "Outer_Secret_", "package-private or public");
        assertThat(compilation.generatedFiles()).isEmpty();
    }

    @Test
    void fieldOfAPrivateType_isAnErrorOnTheField() {
        Source source = model("User", """
                public record User(@Field(pk = true) String userId, java.util.List<Level> levels)
                        implements Model<User> {
                    private enum Level { LOW, HIGH }
                }
                """);

        assertSingleError(dir, source, "public record User", "User.levels", "java.util.List<com.acme.User.Level>",
                "private type User.Level", "package-private or public");
    }

    @Test
    void versionOnANonNumericField_isAnErrorOnTheField() {
        Source source = model("User", """
                public record User(
                        @Field(pk = true) String userId,
                        @Version String revision) implements Model<User> {
                }
                """);

        assertSingleError(dir, source, "String revision", "User.revision", "@Version needs a numeric field",
                "java.lang.String");
    }

    @Test
    void versionOnTwoFields_isAnErrorOnTheSecond() {
        Source source = model("User", """
                public class User implements Model<User> {
                    @Field(pk = true) String userId;
                    @Version long version;
                    @Version Integer revision;
                }
                """);

        assertSingleError(dir, source, "Integer revision", "User.revision", "already on User.version",
                "at most one version field");
    }

    @Test
    void versionOnEveryNumericType_compiles() {
        for (String type : new String[] {"int", "long", "short", "Long", "java.math.BigInteger", "double"}) {
            assertNoError(dir.resolve(type), model("User", """
                    public record User(@Field(pk = true) String userId, @Version %s version) implements Model<User> {
                    }
                    """.formatted(type)));
        }
    }

    @Test
    void keyFlagOnAStaticFieldOfAModel_isAnErrorBecauseItIsNotStored() {
        Source source = model("User", """
                public class User implements Model<User> {
                    @Field(pk = true) String userId;
                    @Field(sk = true) static String type = "METADATA";
                }
                """);

        assertSingleError(dir, source, "static String type", "User.type is static", "@Field has no effect");
    }

    @Test
    void versionOnATransientField_isAnErrorBecauseItIsNotStored() {
        Source source = model("User", """
                public class User implements Model<User> {
                    @Field(pk = true) String userId;
                    @Version transient long version;
                }
                """);

        assertSingleError(dir, source, "transient long version", "User.version is transient",
                "@Version has no effect");
    }

    @Test
    void versionOnARecordThatIsNotAModel_isAnError() {
        Source source = model("Point", """
                public record Point(String id, @Version long version) {
                }
                """);

        assertSingleError(dir, source, "public record Point", "Point.version", "@Version has no effect",
                "Model<Point>");
    }

    private static Source model(String name, String declaration) {
        return Source.of("com.acme." + name, "package com.acme;\n\nimport dev.storm.*;\n\n" + declaration);
    }
}
