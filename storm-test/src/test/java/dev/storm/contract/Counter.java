package dev.storm.contract;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** The counter of API.md section 3. */
public record Counter(@Field(pk = true) String name, int hits) implements Model<Counter> {

    public static final Manager<Counter> objects = Manager.of(Counter.class);
}
