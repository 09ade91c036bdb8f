package dev.storm.model.seed;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A second model of the seed user's partition, told apart by its sort key. */
@Meta(suffix = "USER")
public record UserNote(
        @Field(pk = true, name = "user_id") String userId,
        @Field(sk = true, identifier = "N") String noteId,
        String text) implements Model<UserNote> {

    public static final Manager<UserNote> objects = Manager.of(UserNote.class);
}
