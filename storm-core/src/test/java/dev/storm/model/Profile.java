package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A user's profile with no sort-key field: its SK is the suffix, in the user's partition. */
@Meta(suffix = "USER")
public record Profile(@Field(pk = true) String userId, String bio) implements Model<Profile> {

    public static final Manager<Profile> objects = Manager.of(Profile.class);
}
