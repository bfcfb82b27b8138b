package com.presstally.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes rows to their sinks on a thread of its own, in the order they are handed over, so a big
 * week's CSV exports and sheets are written while the caller's thread reads and maps the next
 * articles. Each sink is written by this one thread until {@link #close()} (POI's sheets are not
 * thread-safe; a sink is never handed to two of these). A failure there reaches the caller at its
 * next hand-over or at {@link #close()}, which waits for the rest.
 */
final class RowsInBackground implements Closeable {
    private record Batch(List<RowSink> sinks, List<List<Object>> rows) {
    }

    private static final Batch END = new Batch(List.of(), List.of());

    /** Batches waiting: a few articles' rows, so the caller never runs far ahead. */
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(64);
    private final Thread thread;
    private volatile Exception failure;
    /** Whether the caller has been handed the failure: close() then does not throw it a second time. */
    private boolean reported;
    private boolean closed;

    RowsInBackground(String threadName) {
        thread = new Thread(this::drain, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands over rows: {@code rows.get(i)} goes to {@code sinks.get(i)}. */
    void write(List<RowSink> sinks, List<List<Object>> rows) throws IOException {
        rethrow();
        put(new Batch(List.copyOf(sinks), List.copyOf(rows)));
    }

    private void drain() {
        while (true) {
            Batch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                failure = new InterruptedIOException("interrupted while writing rows");
                return;
            }
            if (batch == END) {
                return;
            }
            if (failure != null) {
                continue; // keep taking, so a caller blocked on a full queue goes on to see the failure
            }
            try {
                for (int i = 0; i < batch.rows().size(); i++) {
                    batch.sinks().get(i).row(batch.rows().get(i));
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }
    }

    private void put(Batch batch) throws IOException {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while handing over rows");
        }
    }

    private void rethrow() throws IOException {
        Exception e = failure;
        if (e != null) {
            reported = true;
        }
        if (e instanceof IOException io) {
            throw io;
        } else if (e instanceof RuntimeException r) {
            throw r;
        } else if (e != null) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** Waits until every row handed over is written, then reports a failure of the writing thread. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for rows to be written");
        }
        if (!reported) {
            rethrow(); // a failure the caller already met is unwinding it; throwing it again would suppress itself
        }
    }
}
