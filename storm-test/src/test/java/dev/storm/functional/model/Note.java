package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.util.Map;

/** Free-form and typed maps, and numbers for F: values DynamoDB refuses must be refused before sending. */
@Meta(suffix = "NOTE")
public record Note(
        @Field(pk = true) String noteId,
        String title,
        int count,
        double score,
        Map<String, Object> data,
        Map<String, String> labels) implements Model<Note> {

    public static final Manager<Note> objects = Manager.of(Note.class);

    public static Note of(String id) {
        return new Note(id, "first", 1, 2.5, Map.of("k", "v"), Map.of("a", "b"));
    }

    public Note withData(Map<String, Object> newData) {
        return new Note(noteId, title, count, score, newData, labels);
    }

    public Note withLabels(Map<String, String> newLabels) {
        return new Note(noteId, title, count, score, data, newLabels);
    }
}
