package dev.storm.bench.flow;

import dev.storm.bench.ChildJvm;
import dev.storm.bench.Comparison;
import dev.storm.bench.Median;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * First use of twenty distinct models in a fresh JVM: STORM against {@code TableSchema.fromBean} on the same twenty,
 * and against the raw SDK with hand-built maps, each side in its own child JVM ({@link FirstUseChild}), the sides
 * taking turns, run after run. Three lines: {@code first-use} is the mapper's own work, from first touch to the
 * twentieth PutItem request built; {@code first-use-put} adds the twenty PutItem calls, against the Enhanced Client
 * and ({@code first-use-put-sdk}) against the raw SDK, whose time is the floor any mapper adds to. Stateless.
 */
public final class FirstUseComparison {

    private static final List<String> SIDES = List.of("storm", "enhanced", "sdk");

    private FirstUseComparison() {
    }

    /** Runs {@code runs} fresh JVMs per side against the server at {@code endpoint}. */
    public static List<Comparison> run(String endpoint, String table, int runs) {
        Map<String, List<Double>> mapped = new HashMap<>();
        Map<String, List<Double>> total = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            for (String side : SIDES) {
                Map<String, String> report = once(side, endpoint, table);
                double map = Double.parseDouble(report.get("map-ms"));
                mapped.computeIfAbsent(side, s -> new ArrayList<>()).add(map);
                total.computeIfAbsent(side, s -> new ArrayList<>())
                        .add(map + Double.parseDouble(report.get("put-ms")));
            }
        }
        return List.of(
                Comparison.cost("first-use", Median.of(mapped.get("storm")), "enhanced",
                        Median.of(mapped.get("enhanced")), "ms"),
                Comparison.cost("first-use-put", Median.of(total.get("storm")), "enhanced",
                        Median.of(total.get("enhanced")), "ms"),
                Comparison.cost("first-use-put-sdk", Median.of(total.get("storm")), "sdk",
                        Median.of(total.get("sdk")), "ms"));
    }

    static Map<String, String> once(String side, String endpoint, String table) {
        return ChildJvm.run(FirstUseChild.class, List.of(), List.of(side, endpoint, table));
    }
}
