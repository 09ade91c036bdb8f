package dev.storm.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Measures several sides of a comparison in one JVM, taking turns in short slices: each round gives every side one
 * slice, in an order that rotates from round to round, so that whatever the machine does (other work on shared
 * cores, a collection, a frequency change) touches every side alike. A side's sample of a round is its rate in that
 * slice, operations per millisecond, the CPU time its thread spent per operation, and the CPU time every other
 * thread of the JVM spent meanwhile per operation (an in-process server's share). Not thread-safe.
 */
public final class Interleaved {

    /** Results are folded in here, so that no side's work can be optimised away. */
    private static volatile long sink;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The work of one side: runs {@code count} operations and returns something depending on their results. */
    @FunctionalInterface
    public interface Work {
        long run(int count);
    }

    /** The per-round samples of every side, by name. */
    public record Result(Map<String, List<Double>> rates, Map<String, List<Double>> cpuNanosPerOp,
                         Map<String, List<Double>> otherCpuNanosPerOp) {

        /** Rates: STORM against one peer. */
        public Comparison rate(String name, String storm, String peer, String unit) {
            return rate(name, storm, peer, unit, 1);
        }

        /** Rates of {@code itemsPerOp} items per operation, as items per millisecond: STORM against one peer. */
        public Comparison rate(String name, String storm, String peer, String unit, int itemsPerOp) {
            return Comparison.paired(name, scaled(rates.get(storm), itemsPerOp), peer,
                    scaled(rates.get(peer), itemsPerOp), unit, true);
        }

        private static List<Double> scaled(List<Double> samples, double factor) {
            List<Double> scaled = new ArrayList<>(samples.size());
            for (double s : samples) {
                scaled.add(s * factor);
            }
            return scaled;
        }

        /**
         * The CPU time of the measuring thread per item, in microseconds, when one operation handles
         * {@code itemsPerOp} items: STORM against one peer.
         */
        public Comparison cpu(String name, String storm, String peer, int itemsPerOp) {
            return Comparison.paired(name, micros(cpuNanosPerOp.get(storm), itemsPerOp), peer,
                    micros(cpuNanosPerOp.get(peer), itemsPerOp), "us-cpu/item", false);
        }

        private static List<Double> micros(List<Double> nanos, int itemsPerOp) {
            return scaled(nanos, 1.0 / 1000 / itemsPerOp);
        }
    }

    private final Map<String, Work> sides = new LinkedHashMap<>();
    private final Map<String, Integer> batches = new LinkedHashMap<>();
    private final LongSupplier clock;

    /** A harness timing slices by {@link System#nanoTime()}. */
    public Interleaved() {
        this(System::nanoTime);
    }

    /** A harness timing slices by the given nanosecond clock (tests drive it from the work itself). */
    Interleaved(LongSupplier clock) {
        this.clock = clock;
    }

    /** Adds a side; sides are first measured in the order added. */
    public Interleaved side(String name, Work work) {
        sides.put(name, work);
        batches.put(name, 1);
        return this;
    }

    /**
     * Warms every side up, turn by turn, for about {@code warmUp} in all, then takes {@code rounds} rounds of one
     * {@code slice} per side.
     */
    public Result run(Duration warmUp, int rounds, Duration slice) {
        List<String> names = new ArrayList<>(sides.keySet());
        long warmUpEnd = clock.getAsLong() + warmUp.toNanos();
        long warmUpSlice = Math.max(slice.toNanos(), warmUp.toNanos() / (names.size() * 8L));
        while (clock.getAsLong() < warmUpEnd) {
            for (String name : names) {
                slice(name, warmUpSlice);
            }
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> others = new LinkedHashMap<>();
        for (String name : names) {
            rates.put(name, new ArrayList<>(rounds));
            cpu.put(name, new ArrayList<>(rounds));
            others.put(name, new ArrayList<>(rounds));
        }
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((round + i) % names.size());
                double[] sample = slice(name, slice.toNanos());
                rates.get(name).add(sample[0]);
                cpu.get(name).add(sample[1]);
                others.get(name).add(sample[2]);
            }
        }
        return new Result(rates, cpu, others);
    }

    /**
     * Runs one side for about {@code nanos}: its rate (ops/ms), its thread's CPU nanoseconds per operation, and the
     * other threads' CPU nanoseconds per operation.
     */
    private double[] slice(String name, long nanos) {
        Work work = sides.get(name);
        int batch = batches.get(name);
        long operations = 0;
        long folded = 0;
        long othersStart = othersCpu();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = clock.getAsLong();
        long elapsed;
        do {
            folded += work.run(batch);
            operations += batch;
            elapsed = clock.getAsLong() - start;
        } while (elapsed < nanos);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        long others = othersCpu() - othersStart;
        sink += folded;
        // about ten batches to a slice, so the clock is read rarely yet the slice ends close to its length
        double perOperation = (double) elapsed / operations;
        batches.put(name, (int) Math.max(1, Math.min(1_000_000, nanos / 10 / Math.max(1, perOperation))));
        return new double[] {operations / (elapsed / 1e6), (double) cpu / operations, (double) others / operations};
    }

    /** The CPU time of every live thread but this one (a thread that ended meanwhile is not counted). */
    private static long othersCpu() {
        long self = Thread.currentThread().getId();
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            if (id != self) {
                total += Math.max(0, THREADS.getThreadCpuTime(id));
            }
        }
        return total;
    }
}
