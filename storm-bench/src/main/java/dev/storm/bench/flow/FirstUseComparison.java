package dev.storm.bench.flow;

import dev.storm.bench.ChildJvm;
import dev.storm.bench.Comparison;
import dev.storm.bench.Median;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * First use of twenty distinct models in a fresh JVM, four sides each in its own child JVM ({@link FirstUseChild}):
 * STORM, the Enhanced Client with {@code StaticTableSchema} and with {@code TableSchema.fromBean}, and the raw SDK
 * with hand-built maps, whose time is the floor every mapper adds to. A round runs each side once, in an order that
 * rotates from round to round. Each mapper is reported as milliseconds (and classes loaded) above the floor of the
 * same round, so that the JVM's own start-up, which every side pays, cancels out. Stateless.
 */
public final class FirstUseComparison {

    private static final List<String> SIDES = List.of("storm", "static", "enhanced", "sdk");

    private FirstUseComparison() {
    }

    /** Runs {@code rounds} rounds of four fresh JVMs against the server at {@code endpoint}. */
    public static List<String> run(String endpoint, String table, int rounds) {
        Map<String, List<Double>> above = new HashMap<>();
        Map<String, List<Double>> classesAbove = new HashMap<>();
        Map<String, List<Double>> total = new HashMap<>();
        List<Double> floor = new ArrayList<>();
        List<Double> floorClasses = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<String, Map<String, String>> reports = new HashMap<>();
            for (int i = 0; i < SIDES.size(); i++) {
                String side = SIDES.get((round + i) % SIDES.size());
                reports.put(side, once(side, endpoint, table));
            }
            double sdk = number(reports.get("sdk"), "map-ms");
            double sdkClasses = number(reports.get("sdk"), "classes");
            floor.add(sdk);
            floorClasses.add(sdkClasses);
            for (String side : SIDES) {
                Map<String, String> report = reports.get(side);
                above.computeIfAbsent(side, s -> new ArrayList<>()).add(number(report, "map-ms") - sdk);
                classesAbove.computeIfAbsent(side, s -> new ArrayList<>()).add(number(report, "classes") - sdkClasses);
                total.computeIfAbsent(side, s -> new ArrayList<>())
                        .add(number(report, "map-ms") + number(report, "put-ms"));
            }
        }
        String unit = "ms-above-sdk";
        List<String> lines = new ArrayList<>();
        lines.add(Comparison.cost("first-use", Median.of(above.get("storm")), "enhanced",
                Median.of(above.get("enhanced")), unit).line());
        lines.add(Comparison.cost("first-use-static", Median.of(above.get("storm")), "static",
                Median.of(above.get("static")), unit).line());
        lines.add(Comparison.cost("first-use-classes", Median.of(classesAbove.get("storm")), "enhanced",
                Median.of(classesAbove.get("enhanced")), "classes-above-sdk").line());
        lines.add(Comparison.cost("first-use-put-sdk", Median.of(total.get("storm")), "sdk",
                Median.of(total.get("sdk")), "ms").line());
        lines.add(String.format(Locale.ROOT, "floor first-use: sdk map-ms=%.1f classes=%.0f rounds=%d; storm above"
                        + " it q1=%.1f q3=%.1f ms", Median.of(floor), Median.of(floorClasses), rounds,
                Median.quantile(above.get("storm"), 0.25), Median.quantile(above.get("storm"), 0.75)));
        return lines;
    }

    static Map<String, String> once(String side, String endpoint, String table) {
        return ChildJvm.run(FirstUseChild.class, List.of(), List.of(side, endpoint, table));
    }

    private static double number(Map<String, String> report, String key) {
        return Double.parseDouble(report.get(key));
    }
}
