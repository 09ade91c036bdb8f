package dev.storm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured comparison of STORM with a peer, printed as one line a script can read:
 * {@code compare codec-encode: storm=2480.1 enhanced=615.3 ratio=4.03 unit=ops/ms}. The ratio is always "how many
 * times better STORM is": STORM over the peer for rates, the peer over STORM for times and sizes, so a higher ratio
 * means STORM better whatever the unit. When the two sides were measured in interleaved rounds, the ratio is the
 * median of the per-round ratios, and {@link #spread()} gives its quartiles. Immutable.
 *
 * @param name           what is compared, e.g. {@code codec-encode}
 * @param storm          STORM's figure (a median)
 * @param peer           the name of what STORM is compared with, e.g. {@code enhanced}
 * @param peerValue      the peer's figure, measured in the same run
 * @param unit           the unit of both figures
 * @param higherIsBetter true for rates (ops/ms), false for times and sizes (ms, MiB)
 * @param ratio          how many times better STORM is
 * @param q1             the first quartile of the per-round ratios, NaN when there were no rounds
 * @param q3             the third quartile of the per-round ratios, NaN when there were no rounds
 * @param rounds         the number of interleaved rounds, 0 when the figures are not paired by round
 */
public record Comparison(String name, double storm, String peer, double peerValue, String unit,
                         boolean higherIsBetter, double ratio, double q1, double q3, int rounds) {

    /** A comparison of rates: higher is better. */
    public static Comparison rate(String name, double storm, String peer, double peerValue, String unit) {
        return new Comparison(name, storm, peer, peerValue, unit, true, storm / peerValue, Double.NaN, Double.NaN,
                0);
    }

    /** A comparison of costs (time, memory): lower is better. */
    public static Comparison cost(String name, double storm, String peer, double peerValue, String unit) {
        return new Comparison(name, storm, peer, peerValue, unit, false, peerValue / storm, Double.NaN, Double.NaN,
                0);
    }

    /**
     * A comparison of samples taken in rounds, STORM's and the peer's of one round side by side: each figure is
     * the median of its side's samples, the ratio the median of the per-round ratios.
     */
    public static Comparison paired(String name, List<Double> storm, String peer, List<Double> peerSamples,
                                    String unit, boolean higherIsBetter) {
        if (storm.size() != peerSamples.size() || storm.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + storm.size() + " samples of STORM against "
                    + peerSamples.size() + " of " + peer);
        }
        List<Double> ratios = new ArrayList<>(storm.size());
        for (int i = 0; i < storm.size(); i++) {
            ratios.add(higherIsBetter ? storm.get(i) / peerSamples.get(i) : peerSamples.get(i) / storm.get(i));
        }
        return new Comparison(name, Median.of(storm), peer, Median.of(peerSamples), unit, higherIsBetter,
                Median.of(ratios), Median.quantile(ratios, 0.25), Median.quantile(ratios, 0.75), ratios.size());
    }

    /** The line of this comparison. */
    public String line() {
        return "compare " + name + ": storm=" + figure(storm) + " " + peer + "=" + figure(peerValue)
                + " ratio=" + String.format(Locale.ROOT, "%.2f", ratio) + " unit=" + unit;
    }

    /**
     * The spread of the per-round ratios, {@code spread codec-encode: q1=0.91 median=0.95 q3=0.98 rounds=40}; null
     * when the figures were not paired by round.
     */
    public String spread() {
        if (rounds == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "spread %s: q1=%.2f median=%.2f q3=%.2f rounds=%d", name, q1, ratio, q3,
                rounds);
    }

    /** The line saying a comparison could not be measured in this build, and why. */
    public static String unavailable(String name, String reason) {
        return "compare " + name + ": not available (" + reason + ")";
    }

    private static String figure(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
                value);
    }
}
