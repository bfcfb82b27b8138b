package com.presstally.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the live heap while something runs: every interval it asks for a full collection and
 * reads what is left in use. That is the figure that grows when a run keeps what it has read; the
 * heap in use between collections says more about the collector, which lets garbage pile up
 * towards {@code -Xmx} before it collects. Each sample costs a full collection (tens of
 * milliseconds on a heap of a few hundred MB), so the run it watches is slowed a little.
 */
public final class HeapWatch implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakLive = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final java.util.List<long[]> timeline = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    private final Thread sampler;
    private volatile boolean running = true;
    private final NotificationListener listener = this::collected;
    private final AtomicLong requested = new AtomicLong();
    private String restoreMaxHeapFreeRatio;

    public HeapWatch(Duration every) {
        keepHeapAfterFullCollections();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                sample();
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * A full collection shrinks the heap to what is live; eden then starts small again and the run
     * collected ten times a second until the heap had grown back: sampling every 2 s made a
     * 100,000-article job 13 s slower (89 s against 76 s). The job itself never asks for a full
     * collection, so the watch keeps the heap as it is ({@code MaxHeapFreeRatio} is a manageable flag).
     */
    private void keepHeapAfterFullCollections() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        restoreMaxHeapFreeRatio = hotspot.getVMOption("MaxHeapFreeRatio").getValue();
        hotspot.setVMOption("MaxHeapFreeRatio", "100");
    }

    private void sample() {
        requested.incrementAndGet();
        memory.gc(); // reported to collected() when it ends
    }

    /**
     * The heap left by each collection this watch asked for, read from that collection's own
     * report. The pools' last-collection figures mix collections: a young collection right after
     * the full one left its survivors there, and a peak read that way was up to twice the live heap.
     */
    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        if (!"System.gc()".equals(info.getGcCause())) {
            return;
        }
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = pool.getType() == MemoryType.HEAP ? info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName()) : null;
            live += after == null ? 0 : after.getUsed();
        }
        timeline.add(new long[] {System.currentTimeMillis(), live});
        peakLive.accumulateAndGet(live, Math::max);
        samples.incrementAndGet();
    }

    /** The most live heap any sample found, in bytes. */
    public long peakLiveBytes() {
        return peakLive.get();
    }

    /** The most live heap the samples taken between two instants found, in bytes (0 when none fell between). */
    public long peakLiveBytes(java.time.Instant from, java.time.Instant to) {
        long peak = 0;
        synchronized (timeline) {
            for (long[] sample : timeline) {
                if (sample[0] >= from.toEpochMilli() && sample[0] <= to.toEpochMilli()) {
                    peak = Math.max(peak, sample[1]);
                }
            }
        }
        return peak;
    }

    public long samples() {
        return samples.get();
    }

    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Stops sampling, after one last sample. */
    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        long deadline = System.nanoTime() + 2_000_000_000L; // notifications arrive on their own thread
        while (samples.get() < requested.get() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption("MaxHeapFreeRatio",
                restoreMaxHeapFreeRatio);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
