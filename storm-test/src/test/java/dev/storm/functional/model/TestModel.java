package dev.storm.functional.model;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Model;
import java.util.Map;

/** STORM for Python's test model: two fields in each of PK, SK and GSI1PK, plus a map and an int. */
public record TestModel(
        @Field(pk = true) String aPk,
        @Field(pk = true) String bPk,
        @Field(sk = true) String cSk,
        @Field(sk = true) String dSk,
        @Field(gsi = true) String eGsi,
        @Field(gsi = true) String fGsi,
        String another,
        Map<String, Object> extra,
        Integer number) implements Model<TestModel> {

    public static final Manager<TestModel> objects = Manager.of(TestModel.class);
}
