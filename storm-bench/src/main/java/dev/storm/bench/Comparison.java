package dev.storm.bench;

import java.util.Locale;

/**
 * One measured comparison of STORM with a peer, printed as one line a script can read:
 * {@code compare codec-encode: storm=2480.1 enhanced=615.3 ratio=4.03 unit=ops/ms}. The ratio is always "how many
 * times better STORM is": STORM over the peer for rates, the peer over STORM for times and sizes, so a higher ratio
 * means STORM better whatever the unit. Immutable.
 *
 * @param name           what is compared, e.g. {@code codec-encode}
 * @param storm          STORM's figure (a median)
 * @param peer           the name of what STORM is compared with, e.g. {@code enhanced}
 * @param peerValue      the peer's figure, measured in the same run
 * @param unit           the unit of both figures
 * @param higherIsBetter true for rates (ops/ms), false for times and sizes (ms, MiB)
 */
public record Comparison(String name, double storm, String peer, double peerValue, String unit,
                         boolean higherIsBetter) {

    /** A comparison of rates: higher is better. */
    public static Comparison rate(String name, double storm, String peer, double peerValue, String unit) {
        return new Comparison(name, storm, peer, peerValue, unit, true);
    }

    /** A comparison of costs (time, memory): lower is better. */
    public static Comparison cost(String name, double storm, String peer, double peerValue, String unit) {
        return new Comparison(name, storm, peer, peerValue, unit, false);
    }

    /** How many times better STORM is: above 1 means STORM wins. */
    public double ratio() {
        return higherIsBetter ? storm / peerValue : peerValue / storm;
    }

    /** The line of this comparison. */
    public String line() {
        return "compare " + name + ": storm=" + figure(storm) + " " + peer + "=" + figure(peerValue)
                + " ratio=" + String.format(Locale.ROOT, "%.2f", ratio()) + " unit=" + unit;
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
