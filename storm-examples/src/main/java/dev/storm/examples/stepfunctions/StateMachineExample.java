package dev.storm.examples.stepfunctions;

import dev.storm.JsonataTemplate;
import dev.storm.StateMachine;
import dev.storm.TaskState;
import dev.storm.examples.quickstart.User;
import dev.storm.examples.quickstart.User_;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a Step Functions state machine that creates a user from its input and reads it back, with the DynamoDB
 * requests of the quickstart's {@link User} model as JSONata templates. The definition goes to the file named by the
 * first argument (default {@code target/user-state-machine.asl.json}); deploy it with the execution input
 * {@code {"table_name": "...", "userId": "...", "email": "...", "name": "..."}}. Needs no AWS account to run.
 */
public final class StateMachineExample {

    private StateMachineExample() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "target/user-state-machine.asl.json");
        String definition = definition();
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, definition + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("wrote " + file + " (" + definition.length() + " characters)");
    }

    /** The state machine: keep the table name, create the user, then get it. */
    public static String definition() {
        JsonataTemplate<User> users = JsonataTemplate.of(User.class)
                .bind(User_.type, "'METADATA'")
                .bind(User_.emailGsi, "$lowercase($states.input.email)")
                .bind(User_.logins, "0");
        return StateMachine.startAt("Setup")
                .comment("Creates a user from the execution input, then reads it back")
                .state("Setup", """
                        {"Type": "Pass", "Assign": {"table_name": "{% $states.input.table_name %}"},
                         "Next": "CreateUser"}""")
                // a task's output is its result by default; keep the input, which GetUser reads the key from
                .state("CreateUser", TaskState.putItem(users.saveRequest(false)).output("$states.input")
                        .next("GetUser"))
                .state("GetUser", TaskState.getItem(users.getRequest()).output("$states.result.Item"))
                .toJson();
    }
}
