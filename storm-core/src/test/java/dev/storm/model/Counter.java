package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** A class model (not a record) with a no-arg constructor. */
public class Counter implements Model<Counter> {

    public static final Manager<Counter> objects = Manager.of(Counter.class);

    @Field(pk = true, name = "counter_id")
    private String counterId;
    private int hits;
    private Long total;

    public Counter() {
    }

    public Counter(String counterId, int hits, Long total) {
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

    public Long total() {
        return total;
    }
}
