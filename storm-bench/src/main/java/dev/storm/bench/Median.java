package dev.storm.bench;

import java.util.Arrays;
import java.util.Collection;

/** The median of measured samples. Stateless, thread-safe. */
public final class Median {

    private Median() {
    }

    /** The middle sample, or the mean of the two middle ones. */
    public static double of(Collection<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
