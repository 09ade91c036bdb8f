package dev.storm.bench.flow;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import javax.management.NotificationEmitter;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap still in use right after a garbage collection: what a loop really keeps alive, as opposed to
 * the garbage it leaves between collections. Thread-safe.
 */
final class HeapWatch {

    /** Only heap pools count: a collection also reports metaspace and the code cache. */
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private volatile long peakAfterGc;
    private volatile int collections;

    /** Starts watching every collector of this JVM. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    watch.record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                }
            }, null, null);
        }
        return watch;
    }

    private synchronized void record(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections++;
        peakAfterGc = Math.max(peakAfterGc, used);
    }

    /** The peak, in MiB, of the heap in use after a collection. */
    double peakAfterGcMib() {
        return peakAfterGc / (1024.0 * 1024.0);
    }

    int collections() {
        return collections;
    }
}
