package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** A class model with a renamed key attribute and a counter. */
public class Counter implements Model<Counter> {

    public static final Manager<Counter> objects = Manager.of(Counter.class);

    @Field(pk = true, name = "counter_id")
    private String counterId;
    private int hits;
    private long total;

    public Counter() {
    }

    public Counter(String counterId, int hits, long total) {
        this.counterId = counterId;
        this.hits = hits;
        this.total = total;
    }

    public String counterId() {
        return counterId;
    }

    public int hits() {
        return hits;
    }

    public long total() {
        return total;
    }
}
