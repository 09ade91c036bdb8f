package dev.storm.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * jsonata-js, the engine Step Functions runs, at the version pinned in {@code src/test/jsonata/package-lock.json}:
 * one node process per JVM ({@code src/test/jsonata/evaluate.js}, with the engine the build's {@code npm ci} installs) that
 * evaluates templates as Step Functions does. Only strings that are wholly {@code {% %}} are evaluated, the state
 * input is parsed by JavaScript's JSON parser, and an expression that gives nothing or raises an error fails the
 * state. Thread-safe: one evaluation at a time.
 */
final class StepFunctionsJsonata {

    static final ObjectMapper JSON = new ObjectMapper();

    private static Process process;
    private static Writer requests;
    private static BufferedReader answers;

    private StepFunctionsJsonata() {
    }

    /**
     * What Step Functions makes of a template: the evaluated arguments, or the error that failed the state.
     *
     * @param result    the template with every expression replaced by its value; null when the state failed
     * @param evaluated how many expressions were evaluated
     * @param error     the error name ({@code States.QueryEvaluationError}), null when the state ran
     * @param cause     the error's cause, as the engine gave it
     */
    record Outcome(JsonNode result, int evaluated, String error, String cause) {

        boolean failed() {
            return error != null;
        }
    }

    /** Evaluates the template (JSON text) against the state input (JSON text) with the variables bound. */
    static Outcome evaluate(String template, String input, Map<String, ?> variables) {
        return evaluate(template, input, variables, null);
    }

    /** Evaluates the template with {@code $states.result} bound too (null: unbound), as in a task's Output. */
    static synchronized Outcome evaluate(String template, String input, Map<String, ?> variables, JsonNode result) {
        ObjectNode request = JSON.createObjectNode();
        try {
            request.set("template", JSON.readTree(template));
        } catch (IOException e) {
            throw new AssertionError("the template is not JSON: " + template, e);
        }
        request.put("input", input);
        request.set("variables", JSON.valueToTree(variables));
        if (result != null) {
            request.set("result", result);
        }
        JsonNode answer;
        try {
            start();
            requests.write(JSON.writeValueAsString(request));
            requests.write('\n');
            requests.flush();
            String line = answers.readLine();
            if (line == null) {
                throw new IllegalStateException("the node JSONata evaluator stopped; " + exitText());
            }
            answer = JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (answer.has("result")) {
            return new Outcome(answer.get("result"), answer.get("evaluated").intValue(), null, null);
        }
        if (!"States.QueryEvaluationError".equals(answer.get("error").textValue())) {
            throw new IllegalStateException("the node JSONata evaluator failed: " + answer.get("cause").textValue());
        }
        return new Outcome(null, 0, answer.get("error").textValue(), answer.get("cause").textValue());
    }

    private static void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        String dir = System.getProperty("storm.jsonata.dir");
        Path script = dir == null ? null : Path.of(dir, "evaluate.js");
        if (script == null || !Files.isRegularFile(script) || !Files.isDirectory(script.resolveSibling("node_modules"))) {
            throw new IllegalStateException("jsonata-js is not installed (system property storm.jsonata.dir = " + dir
                    + "); run the tests through Maven, whose generate-test-resources phase runs npm ci into"
                    + " storm-test/src/test/jsonata/node_modules");
        }
        ProcessBuilder builder = new ProcessBuilder("node", script.getFileName().toString())
                .directory(script.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        process = builder.start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "jsonata-evaluator-stop"));
    }

    private static String exitText() {
        try {
            return "exit code " + process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for it";
        }
    }
}
