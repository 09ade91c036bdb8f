package dev.storm.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * STORM needs no validation library: the core, loaded with a class path from which {@code jakarta.validation},
 * Hibernate Validator and its expression language are removed, creates, saves and bulk-saves as usual.
 */
@StormTest
class WithoutValidationTest {

    @Test
    void withoutJakartaValidationOnTheClassPath_writesNeedNoValidator(DynamoDbLocal local, @TableName String table)
            throws Exception {
        List<URL> urls = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith("jakarta.validation") || name.startsWith("hibernate-validator")
                    || name.startsWith("expressly") || name.startsWith("jakarta.el")) {
                dropped.add(name);
            } else {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        assertThat(dropped).anyMatch(n -> n.startsWith("jakarta.validation-api"))
                .anyMatch(n -> n.startsWith("hibernate-validator"));

        String result;
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> probe = isolated.loadClass(WithoutValidationProbe.class.getName());
            assertThat(probe.getClassLoader()).isSameAs(isolated);
            result = (String) probe.getMethod("run", String.class, String.class)
                    .invoke(null, local.endpoint().toString(), table);
        }

        assertThat(result).isEqualTo("no jakarta.validation; [u1, u2, u3]; a@b.c");
    }
}
