package dev.storm.jsonata;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.util.Set;

/** Items of one owner's partition with a boolean, a text and a set to filter on, for query templates. */
@Meta(suffix = "PARCEL")
public record Parcel(
        @Field(pk = true) String owner,
        @Field(sk = true) String parcelId,
        Boolean fragile,
        String note,
        Set<String> labels) implements Model<Parcel> {

    public static final Manager<Parcel> objects = Manager.of(Parcel.class);
}
