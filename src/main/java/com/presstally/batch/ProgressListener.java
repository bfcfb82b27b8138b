package com.presstally.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports the extraction step's progress on standard error: a bar with articles per second and
 * ETA on a terminal ({@code progress=bar}), a plain line every few seconds otherwise
 * ({@code progress=lines}, readable in cron mail), nothing with {@code progress=off}.
 */
public class ProgressListener extends AbstractChunkListener {
    public static final String PARAMETER = "progress";
    private static final Map<Long, Integer> TOTALS = new ConcurrentHashMap<>();
    /** One execution's progress, shared by the listeners of its partitions (JBeret makes one per partition). */
    private static final Map<Long, Progress> PROGRESS = new ConcurrentHashMap<>();
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final java.util.concurrent.atomic.AtomicLong IDS = new java.util.concurrent.atomic.AtomicLong();

    private final long id = IDS.incrementAndGet();

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;

    private static final class Progress {
        /** Articles read by each partition, keyed by its listener's id. */
        final Map<Long, Long> read = new java.util.HashMap<>();
        long started;
        long startCount = -1;
        long lastLine;
    }

    /** The reader tells how many inputs the step will read. */
    static void total(long executionId, int total) {
        TOTALS.put(executionId, total);
    }

    @Override
    public void afterChunk() {
        String mode = jobContext.getProperties().getProperty(PARAMETER, "off");
        if (mode.isBlank() || mode.equals("off")) {
            return;
        }
        long partitionRead = 0;
        for (Metric m : stepContext.getMetrics()) {
            if (m.getType() == Metric.MetricType.READ_COUNT) {
                partitionRead = m.getValue();
            }
        }
        Progress progress = PROGRESS.computeIfAbsent(jobContext.getExecutionId(), k -> new Progress());
        synchronized (progress) {
            progress.read.put(id, partitionRead);
            long read = progress.read.values().stream().mapToLong(Long::longValue).sum();
            Integer total = TOTALS.get(jobContext.getExecutionId());
            long now = System.nanoTime();
            if (progress.startCount < 0) {
                progress.started = now;
                progress.startCount = read;
            }
            double seconds = Math.max(1e-3, (now - progress.started) / 1e9);
            double rate = (read - progress.startCount) / seconds;
            String eta = total == null || rate <= 0 ? "?" : String.format("%.0fs", Math.max(0, total - read) / rate);
            String speed = rate <= 0 ? "?" : String.format("%.0f", rate);
            PrintStream err = System.err;
            if (mode.equals("bar")) {
                int width = 30;
                int done = total == null || total == 0 ? 0 : (int) Math.min(width, width * read / total);
                err.printf("\r[%s%s] %d/%s articles, %s/s, ETA %s   ", "#".repeat(done), " ".repeat(width - done), read,
                        total == null ? "?" : total, speed, eta);
                if (total != null && read >= total) {
                    err.println();
                }
            } else if (progress.lastLine == 0 || now - progress.lastLine >= LINE_EVERY_NANOS) {
                progress.lastLine = now;
                err.printf("extract: %d/%s articles, %s/s, ETA %s%n", read, total == null ? "?" : total, speed, eta);
            }
        }
    }
}
