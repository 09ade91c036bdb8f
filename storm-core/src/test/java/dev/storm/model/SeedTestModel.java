package dev.storm.model;

import dev.storm.Field;
import dev.storm.KeyLayout;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;

/** STORM for Python's own test model under the 0.1 layout, with the layout on the model itself. */
@Meta(suffix = "TestModel", keyLayout = KeyLayout.STORM_0_1)
public record SeedTestModel(
        @Field(pk = true) String aPk,
        @Field(pk = true) String bPk,
        @Field(sk = true) String cSk,
        @Field(sk = true) String dSk,
        @Field(gsi = true) String eGsi,
        @Field(gsi = true) String fGsi,
        String another) implements Model<SeedTestModel> {

    public static final Manager<SeedTestModel> objects = Manager.of(SeedTestModel.class);
}
