package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** A model with two unique fields, each guarded by its own item. */
@Meta(suffix = "MEMBER")
public record Member(
        @Field(pk = true) String memberId,
        @Field(unique = true) String email,
        @Field(unique = true, name = "nick") String nickname,
        String name) implements Model<Member> {

    public static final Manager<Member> objects = Manager.of(Member.class);
}
