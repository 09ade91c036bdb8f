package dev.storm.model.seed.nested;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** A model of a package below an annotated one, which takes the enclosing package's layout. */
public record Deep(@Field(pk = true) String id, @Field(sk = true) boolean flag) implements Model<Deep> {

    public static final Manager<Deep> objects = Manager.of(Deep.class);
}
