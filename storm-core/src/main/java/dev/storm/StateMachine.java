package dev.storm;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.storm.internal.jsonata.JsonObjects;
import dev.storm.internal.jsonata.JsonOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Step Functions state machine definition (Amazon States Language) in JSONata mode, assembled from
 * {@link TaskState}s and any states written by hand. Checked when written: the start state and every {@code Next}
 * must name a state of the machine. Immutable and thread-safe; each call returns a new definition.
 *
 * <pre>{@code
 * String asl = StateMachine.startAt("CreateUser")
 *         .state("CreateUser", TaskState.putItem(users.saveRequest(false)).next("GetUser"))
 *         .state("GetUser", TaskState.getItem(users.getRequest()).output("$states.result.Item"))
 *         .toJson();
 * }</pre>
 */
public final class StateMachine {

    private final String comment;
    private final String startAt;
    private final Map<String, Object> states;

    private StateMachine(String comment, String startAt, Map<String, Object> states) {
        this.comment = comment;
        this.startAt = startAt;
        this.states = states;
    }

    /** An empty definition that starts at the named state. */
    public static StateMachine startAt(String stateName) {
        return new StateMachine(null, name(stateName, "StartAt"), Map.of());
    }

    /** This definition with a {@code Comment}. */
    public StateMachine comment(String text) {
        return new StateMachine(text, startAt, states);
    }

    /** This definition with a DynamoDB task state. */
    public StateMachine state(String name, TaskState state) {
        return with(name, Objects.requireNonNull(state, "state"));
    }

    /**
     * This definition with a state written as ASL JSON (a Pass, Choice or any other state), e.g.
     * {@code {"Type": "Pass", "Assign": {"table_name": "users"}, "Next": "CreateUser"}}.
     */
    public StateMachine state(String name, String stateJson) {
        Map<String, String> members;
        try {
            members = JsonObjects.members(Objects.requireNonNull(stateJson, "stateJson"));
        } catch (IllegalArgumentException e) {
            throw new InvalidTemplateException("State " + name + " must be a JSON object, but " + e.getMessage(), e);
        }
        if (!members.containsKey("Type")) {
            throw new InvalidTemplateException("State " + name + " needs a Type, e.g. \"Type\": \"Pass\"; it has "
                    + members.keySet());
        }
        return with(name, stateJson);
    }

    private StateMachine with(String name, Object state) {
        String checked = name(name, "a state name");
        if (states.containsKey(checked)) {
            throw new InvalidTemplateException("The state machine already has a state named " + checked);
        }
        Map<String, Object> copy = new LinkedHashMap<>(states);
        copy.put(checked, state);
        return new StateMachine(comment, startAt, copy);
    }

    /** The definition as ASL JSON, with {@code QueryLanguage: JSONata} at the top. */
    public String toJson() {
        check(startAt, "StartAt");
        states.forEach((name, state) -> {
            String next = state instanceof TaskState task ? task.nextState()
                    : JsonObjects.members((String) state).get("Next");
            if (next != null && !next.isEmpty()) {
                check(next, "the Next of state " + name);
            }
        });
        return JsonOutput.write(this::write);
    }

    private void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        if (comment != null) {
            json.writeStringField("Comment", comment);
        }
        json.writeStringField("QueryLanguage", "JSONata");
        json.writeStringField("StartAt", startAt);
        json.writeObjectFieldStart("States");
        for (Map.Entry<String, Object> entry : states.entrySet()) {
            json.writeFieldName(entry.getKey());
            if (entry.getValue() instanceof TaskState task) {
                task.write(json);
            } else {
                JsonObjects.copy((String) entry.getValue(), json);
            }
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void check(String stateName, String where) {
        if (!states.containsKey(stateName)) {
            throw new InvalidTemplateException(where + " names state " + stateName + ", which the state machine"
                    + " does not have; its states are " + states.keySet());
        }
    }

    private static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new InvalidTemplateException(what + " needs a state name; got "
                    + (name == null ? "null" : "\"" + name + "\""));
        }
        return name;
    }

    @Override
    public String toString() {
        return "StateMachine[start " + startAt + ", states " + states.keySet() + "]";
    }
}
