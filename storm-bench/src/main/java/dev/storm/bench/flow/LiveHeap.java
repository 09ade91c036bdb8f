package dev.storm.bench.flow;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap a loop really keeps alive, sampled now and then with a full collection: what is in use right after
 * {@code System.gc()}, as opposed to the garbage the loop leaves between collections. Not thread-safe.
 */
final class LiveHeap {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long peak;

    /** Collects, then records the heap still in use. */
    void sample() {
        System.gc();
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    /** The largest heap in use after a sample, in MiB. */
    double peakMib() {
        return peak / (1024.0 * 1024.0);
    }
}
