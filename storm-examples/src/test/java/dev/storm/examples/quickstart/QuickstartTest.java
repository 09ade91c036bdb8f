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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The quickstart prints exactly what the README says it prints, and can run twice on one table. */
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
    void run_againOnTheSameTable_printsTheSame(DynamoDbClient client, @TableName String table) throws IOException {
        run(client, table);
        assertThat(run(client, table)).isEqualTo(readmeOutput());
    }
}
