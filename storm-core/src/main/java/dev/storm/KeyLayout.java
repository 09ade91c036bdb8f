package dev.storm;

/**
 * How a model's keys are written, so that STORM for Java shares tables with either generation of STORM for Python.
 * Chosen per model with {@code @Meta(keyLayout = ...)}, per package (and the packages below it) with
 * {@link DefaultKeyLayout}; without either, {@link #STORM_0_2}.
 *
 * <pre>{@code
 * @Meta(suffix = "USER", keyLayout = KeyLayout.STORM_0_1)   // PK USER#U#user123#USER, SK T#METADATA
 * record User(@Field(pk = true) String userId, @Field(sk = true) String type) implements Model<User> {}
 * }</pre>
 */
public enum KeyLayout {

    /**
     * What STORM for Python 0.2.x writes: {@code U#user123#USER}. The partition keys end with the suffix as
     * declared; booleans in key parts are {@code true}/{@code false}.
     */
    STORM_0_2,

    /**
     * What STORM for Python 0.1.x writes: {@code USER#U#user123#USER}. The partition keys (PK and every GSI
     * partition key) begin and end with the suffix upper-cased; booleans in key parts are {@code True}/{@code False},
     * as Python's {@code str()} prints them. Sort keys are written as in {@link #STORM_0_2}.
     */
    STORM_0_1
}
