package dev.storm.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * @param stormSamples   STORM's sample of each round, empty when the figures are not paired by round
 * @param peerSamples    the peer's sample of each round, likewise
 */
public record Comparison(String name, double storm, String peer, double peerValue, String unit,
                         boolean higherIsBetter, double ratio, double q1, double q3, int rounds,
                         List<Double> stormSamples, List<Double> peerSamples) {

    /**
     * The prefix of a comparison's name whose first side is the hand-written codec rather than STORM: the limit a
     * goal against a peer is bounded by, printed as {@code limit <name>: handwritten=... <peer>=... ratio=...}.
     */
    public static final String LIMIT = "limit:";

    /** A comparison of rates: higher is better. */
    public static Comparison rate(String name, double storm, String peer, double peerValue, String unit) {
        return new Comparison(name, storm, peer, peerValue, unit, true, storm / peerValue, Double.NaN, Double.NaN,
                0, List.of(), List.of());
    }

    /** A comparison of costs (time, memory): lower is better. */
    public static Comparison cost(String name, double storm, String peer, double peerValue, String unit) {
        return new Comparison(name, storm, peer, peerValue, unit, false, peerValue / storm, Double.NaN, Double.NaN,
                0, List.of(), List.of());
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
                Median.of(ratios), Median.quantile(ratios, 0.25), Median.quantile(ratios, 0.75), ratios.size(),
                List.copyOf(storm), List.copyOf(peerSamples));
    }

    /**
     * The same comparisons measured in several JVMs, pooled: the rounds of every JVM together, paired as in one run.
     * A JVM's compiler inlines and lays out code a little differently each time it starts, which moves a whole run's
     * ratio; the rounds of several JVMs show that spread in the quartiles instead of hiding it in one median.
     */
    public static List<Comparison> pooled(List<List<Comparison>> runs) {
        Map<String, List<Comparison>> byName = new LinkedHashMap<>();
        for (List<Comparison> run : runs) {
            for (Comparison c : run) {
                byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c);
            }
        }
        List<Comparison> pooled = new ArrayList<>();
        for (List<Comparison> same : byName.values()) {
            Comparison first = same.get(0);
            List<Double> storm = new ArrayList<>();
            List<Double> peer = new ArrayList<>();
            for (Comparison c : same) {
                if (c.rounds() == 0) {
                    throw new IllegalArgumentException(c.name() + " was not measured in rounds, so cannot be pooled");
                }
                storm.addAll(c.stormSamples());
                peer.addAll(c.peerSamples());
            }
            pooled.add(paired(first.name(), storm, first.peer(), peer, first.unit(), first.higherIsBetter()));
        }
        return pooled;
    }

    /**
     * This comparison as {@code key=value} lines a parent JVM reads back with {@link #fromReport}: the samples of every
     * round, so that runs can be pooled.
     */
    public List<String> report(int index) {
        String key = "comparison." + index + ".";
        return List.of(key + "name=" + name, key + "peer=" + peer, key + "unit=" + unit,
                key + "higher=" + higherIsBetter, key + "storm=" + joined(stormSamples),
                key + "samples=" + joined(peerSamples));
    }

    /** The comparisons a child JVM reported with {@link #report}, in order. */
    public static List<Comparison> fromReport(Map<String, String> report) {
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; report.containsKey("comparison." + i + ".name"); i++) {
            String key = "comparison." + i + ".";
            comparisons.add(paired(report.get(key + "name"), split(report.get(key + "storm")),
                    report.get(key + "peer"), split(report.get(key + "samples")), report.get(key + "unit"),
                    Boolean.parseBoolean(report.get(key + "higher"))));
        }
        return comparisons;
    }

    private static String joined(List<Double> samples) {
        StringBuilder text = new StringBuilder();
        for (double s : samples) {
            text.append(text.length() == 0 ? "" : ",").append(s);
        }
        return text.toString();
    }

    private static List<Double> split(String text) {
        List<Double> samples = new ArrayList<>();
        for (String s : text.split(",")) {
            samples.add(Double.parseDouble(s));
        }
        return samples;
    }

    /** The line of this comparison. */
    public String line() {
        if (name.startsWith(LIMIT)) {
            return "limit " + name.substring(LIMIT.length()) + ": handwritten=" + figure(storm) + " " + peer + "="
                    + figure(peerValue) + " ratio=" + String.format(Locale.ROOT, "%.2f", ratio) + " unit=" + unit;
        }
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
        return String.format(Locale.ROOT, "spread %s: q1=%.2f median=%.2f q3=%.2f rounds=%d",
                name.startsWith(LIMIT) ? "limit " + name.substring(LIMIT.length()) : name, q1, ratio, q3, rounds);
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
