package dev.storm.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;

/** The key layout of STORM for Python's own test model: two fields in each of PK, SK and GSI1PK. */
public record TestModel(
        @Field(pk = true) String aPk,
        @Field(pk = true) String bPk,
        @Field(sk = true) String cSk,
        @Field(sk = true) String dSk,
        @Field(gsi = true) String eGsi,
        @Field(gsi = true) String fGsi,
        String another) implements Model<TestModel> {

    public static final Manager<TestModel> objects = Manager.of(TestModel.class);
}
