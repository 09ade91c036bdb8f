package dev.storm.examples.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateMachineExampleTest {

    @Test
    void main_writesTheDefinition_creatingThenGettingTheUser(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("machine/user.asl.json");
        StateMachineExample.main(new String[] {file.toString()});

        String written = Files.readString(file);
        assertThat(written).isEqualTo(StateMachineExample.definition() + "\n");
        assertThat(written).contains("\"StartAt\": \"Setup\"", "\"Next\": \"CreateUser\"", "\"Next\": \"GetUser\"",
                "\"Resource\": \"arn:aws:states:::dynamodb:putItem\"",
                "\"Resource\": \"arn:aws:states:::dynamodb:getItem\"",
                "\"S\": \"{% ($key := 'U#' & ($k := $states.input.userId; ",
                "\"Output\": \"{% $states.result.Item %}\"", "\"End\": true");
    }
}
