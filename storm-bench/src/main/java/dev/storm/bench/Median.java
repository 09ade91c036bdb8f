package dev.storm.bench;

import java.util.Arrays;
import java.util.Collection;

/** The median and quartiles of measured samples. Stateless, thread-safe. */
public final class Median {

    private Median() {
    }

    /** The middle sample, or the mean of the two middle ones. */
    public static double of(Collection<Double> samples) {
        return quantile(samples, 0.5);
    }

    /** The {@code q} quantile (0 to 1), interpolated linearly between the nearest samples. */
    public static double quantile(Collection<Double> samples, double q) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
