package dev.storm.bench.flow;

import dev.storm.bench.ChildJvm;
import dev.storm.bench.Comparison;
import dev.storm.bench.Median;
import java.util.ArrayList;
import java.util.List;

/**
 * Time to the first completed operation of twenty distinct models in a fresh JVM: STORM against
 * {@code TableSchema.fromBean} on the same twenty, each side in its own child JVM ({@link FirstUseChild}), the two
 * taking turns, run after run.
 */
public final class FirstUseComparison {

    private FirstUseComparison() {
    }

    /** Runs {@code runs} fresh JVMs per side against the server at {@code endpoint}. */
    public static Comparison run(String endpoint, String table, int runs) {
        List<Double> storm = new ArrayList<>();
        List<Double> enhanced = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            storm.add(once("storm", endpoint, table));
            enhanced.add(once("enhanced", endpoint, table));
        }
        return Comparison.cost("first-use", Median.of(storm), "enhanced", Median.of(enhanced), "ms");
    }

    static double once(String side, String endpoint, String table) {
        return Double.parseDouble(ChildJvm.run(FirstUseChild.class, List.of(), List.of(side, endpoint, table))
                .get("first-use-ms"));
    }
}
