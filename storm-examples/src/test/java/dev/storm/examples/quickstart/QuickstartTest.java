package dev.storm.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The quickstart prints exactly what the README says it prints, can run twice on one table, and runs as the
 * README's command runs it: its own JVM on the module's compile and runtime classpath, with its embedded DynamoDB
 * Local.
 */
@StormTest
class QuickstartTest {

    /** The README's printed block after its first line (which names the table and the server). */
    private static List<String> readmeOutput() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("table storm_quickstart on embedded DynamoDB Local");
        assertThat(start).as("the README shows the quickstart output").isPositive();
        List<String> block = new ArrayList<>();
        for (int i = start + 1; !lines.get(i).equals("```"); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    private static List<String> run(DynamoDbClient client, String table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Quickstart.run(client, table, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void run_printsTheReadmeOutput(DynamoDbClient client, @TableName String table) throws IOException {
        assertThat(run(client, table)).isEqualTo(readmeOutput());
    }

    @Test
    void main_inItsOwnJvmOnTheRuntimeClasspath_printsTheReadmeOutput() throws Exception {
        String classpath = "target/classes" + File.pathSeparator
                + Files.readString(Path.of("target", "runtime.classpath")).strip();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, Quickstart.class.getName()).redirectErrorStream(true);
        builder.environment().remove("DYNAMODB_ENDPOINT");
        builder.environment().remove("DB_TABLE_NAME");
        Process process = builder.start();
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", output)).isZero();

        int start = output.indexOf("table storm_quickstart on embedded DynamoDB Local");
        assertThat(start).as(String.join("\n", output)).isNotNegative();
        assertThat(output.subList(start + 1, output.size())).isEqualTo(readmeOutput());
    }

    @Test
    void run_againOnTheSameTable_printsTheSame(DynamoDbClient client, @TableName String table) throws IOException {
        run(client, table);
        assertThat(run(client, table)).isEqualTo(readmeOutput());
    }
}
