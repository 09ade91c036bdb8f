package dev.storm.bench.flow;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap still in use right after a garbage collection: what a loop really keeps alive, as opposed to
 * the garbage it leaves between collections. Thread-safe.
 */
final class HeapWatch {

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
        for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += usage.getUsed();
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
