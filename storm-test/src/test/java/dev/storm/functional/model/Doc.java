package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.Version;

/** A model with optimistic locking. */
public record Doc(
        @Field(pk = true) String docId,
        String title,
        int edits,
        @Version long version) implements Model<Doc> {

    public static final Manager<Doc> objects = Manager.of(Doc.class);

    public Doc withTitle(String newTitle) {
        return new Doc(docId, newTitle, edits, version);
    }
}
