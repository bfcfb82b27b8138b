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
    /** Read counts of each partition of an execution: the bar shows their sum. */
    private static final Map<Long, Map<Long, Long>> READ = new ConcurrentHashMap<>();
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;

    @Inject
    JobContext jobContext;
    @Inject
    StepContext stepContext;

    private long started;
    private long lastLine;
    private long startCount = -1;

    /** The reader tells how many inputs the step will read. */
    static void total(long executionId, int total) {
        TOTALS.put(executionId, total);
    }

    @Override
    public synchronized void afterChunk() {
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
        Map<Long, Long> parts = READ.computeIfAbsent(jobContext.getExecutionId(), k -> new ConcurrentHashMap<>());
        parts.put(stepContext.getStepExecutionId(), partitionRead);
        long read = parts.values().stream().mapToLong(Long::longValue).sum();
        Integer total = TOTALS.get(jobContext.getExecutionId());
        long now = System.nanoTime();
        if (startCount < 0) {
            started = now;
            startCount = read;
        }
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = (read - startCount) / seconds;
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
        } else if (lastLine == 0 || now - lastLine >= LINE_EVERY_NANOS) {
            lastLine = now;
            err.printf("extract: %d/%s articles, %s/s, ETA %s%n", read, total == null ? "?" : total, speed, eta);
        }
    }
}
