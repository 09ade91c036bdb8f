package dev.storm.spring.boot;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** A model the auto-configuration tests write through {@code Note.objects}. */
public record Note(@Field(pk = true) String noteId, String text) implements Model<Note> {

    public static final Manager<Note> objects = Manager.of(Note.class);
}
