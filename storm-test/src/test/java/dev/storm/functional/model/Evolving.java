package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** Two versions of one model, as a service gains and loses fields over time; they share a key layout, so V2 is declared a view of V1's items. */
public final class Evolving {

    private Evolving() {
    }

    @Meta(suffix = "DOC")
    public record V1(@Field(pk = true) String docId, String title, String legacy) implements Model<V1> {
        public static final Manager<V1> objects = Manager.of(V1.class);
    }

    @Meta(suffix = "DOC", viewOf = V1.class)
    public record V2(@Field(pk = true) String docId, String title, Integer pages, boolean draft) implements Model<V2> {
        public static final Manager<V2> objects = Manager.of(V2.class);
    }
}
