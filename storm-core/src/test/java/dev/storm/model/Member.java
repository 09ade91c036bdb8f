package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A model with a unique field. */
@Meta(suffix = "MEMBER")
public record Member(@Field(pk = true) String memberId, @Field(unique = true) String email, String name)
        implements Model<Member> {

    public static final Manager<Member> objects = Manager.of(Member.class);
}
