package dev.storm.lambda;

import dev.storm.Field;
import dev.storm.Manager;
import dev.storm.Meta;
import dev.storm.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A model with an attribute of nearly every DynamoDB type, to follow each one through a Lambda event. */
@Meta(suffix = "DEPOT")
public record Parcel(
        @Field(pk = true, identifier = "D") String depotId,
        @Field(sk = true, identifier = "P") int number,
        String label,
        boolean fragile,
        byte[] barcode,
        Set<String> tags,
        Set<Long> routes,
        List<String> stops,
        Map<String, Integer> weights,
        String note) implements Model<Parcel> {

    public static final Manager<Parcel> objects = Manager.of(Parcel.class);
}
