package com.presstally.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while something runs: the most it held after a collection (the figure that grows
 * if a run keeps what it has read) and the most it had in use at
 * all (which a collector lets rise towards {@code -Xmx} before collecting).
 */
public final class HeapWatch implements AutoCloseable {
    private final AtomicLong peakLive = new AtomicLong();
    private final AtomicLong peakUsed = new AtomicLong();
    private final List<Runnable> detach = new ArrayList<>();

    public HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                        peakUsed.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
                        peakLive.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                detach.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
    }

    /** Heap in use right after a collection, at most, in bytes (metaspace and code caches not counted). */
    public long peakLiveBytes() {
        return peakLive.get();
    }

    /** Heap in use before a collection, at most, in bytes. */
    public long peakUsedBytes() {
        return Math.max(peakUsed.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The heap pools' use in a collection's pool map (which also lists metaspace and code caches). */
    private static long heap(java.util.Map<String, MemoryUsage> pools) {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getType() == MemoryType.HEAP ? pools.get(pool.getName()) : null;
            bytes += u == null ? 0 : u.getUsed();
        }
        return bytes;
    }

    @Override
    public void close() {
        detach.forEach(Runnable::run);
    }
}
