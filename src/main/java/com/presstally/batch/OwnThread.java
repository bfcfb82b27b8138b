package com.presstally.batch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Work of the report step done beside its main walk, each piece on a daemon thread of its own. */
final class OwnThread {
    private OwnThread() {
    }

    /** Starts {@code work} on a new daemon thread with this name. */
    static <T> CompletableFuture<T> supply(String threadName, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread t = new Thread(task, threadName);
            t.setDaemon(true);
            t.start();
        });
    }

    /** The work's result; its failure rethrown as it was when unchecked. */
    static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
