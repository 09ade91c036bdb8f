package dev.storm.internal.target;

import dev.storm.StormEvent;
import dev.storm.TableNotFoundException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * One request on its way, from the moment it is sent to its response or error: the listeners are told that it
 * started when it is made and how it ended by {@link #ended} or {@link #failed}. The blocking and the asynchronous
 * sends both go through it, so that both ask for consumed capacity, tell the listeners and report a missing table
 * alike. Its end may be told on another thread than its start (an async client's completion thread), once.
 *
 * @param <Q> the request type
 */
public final class Exchange<Q extends DynamoDbRequest> {

    private final Target target;
    private final String operation;
    private final String model;
    private final Q request;
    private final long start;

    Exchange(Target target, String model, Q request) {
        this.target = target;
        this.operation = Capacity.operation(request);
        this.model = model;
        this.request = Capacity.ask(request, target.settings().consumedCapacity());
        StormEvent started = new StormEvent(operation, model, target.tableName(), this.request, null, null, null, null);
        target.notify(l -> l.requestStarted(started), "requestStarted", operation);
        this.start = System.nanoTime();
    }

    /** The request to send: the one given, asking for consumed capacity when the settings say so. */
    public Q request() {
        return request;
    }

    /** Tells the listeners of the response, with the capacity it reports, and returns it. */
    public <R extends DynamoDbResponse> R ended(R response) {
        StormEvent ended = new StormEvent(operation, model, target.tableName(), request, response, null,
                Duration.ofNanos(System.nanoTime() - start), Capacity.consumed(response));
        target.notify(l -> l.requestEnded(ended), "requestEnded", operation);
        return response;
    }

    /**
     * Tells the listeners of the error the request failed with, and returns what the call throws for it: a
     * {@link TableNotFoundException} naming the table and the fix for a missing table, else the error itself.
     */
    public RuntimeException failed(Throwable error) {
        StormEvent failed = new StormEvent(operation, model, target.tableName(), request, null, error,
                Duration.ofNanos(System.nanoTime() - start), null);
        target.notify(l -> l.requestEnded(failed), "requestEnded", operation);
        if (error instanceof ResourceNotFoundException) {
            String table = target.tableName();
            return new TableNotFoundException("Table '" + table + "' does not exist (" + model + ", "
                    + operation + "); create it with TableDefinition.create(client, \"" + table + "\") (add"
                    + " the number of indexes your models use, e.g. TableDefinition.create(client, \"" + table
                    + "\", 2)), or name another table with ConnectionManager.table().setTableName(...) or"
                    + " Storm.builder().tableName(...)", error);
        }
        if (error instanceof RuntimeException e) {
            return e;
        }
        if (error instanceof Error e) {
            throw e;
        }
        return new CompletionException(error);
    }
}
