package com.presstally.batch;

import com.presstally.store.jdbc.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLockTest {
    @Test
    void secondRunOnTheSameStoreIsRefusedUntilTheFirstEnds(@TempDir Path dir) throws Exception {
        Database db = new Database("jdbc:h2:file:" + dir.resolve("store") + ";DB_CLOSE_DELAY=-1", "", "");
        RunLock first = RunLock.acquire(db, dir.resolve("reports-a"), Duration.ZERO);
        LockedException e = assertThrows(LockedException.class,
                () -> RunLock.acquire(db, dir.resolve("reports-b"), Duration.ZERO));
        assertTrue(e.getMessage().contains("the store"), e.getMessage());
        first.close();
        RunLock.acquire(db, dir.resolve("reports-b"), Duration.ZERO).close();
    }

    @Test
    void secondRunWaitsABoundedTimeForTheFirst(@TempDir Path dir) throws Exception {
        Database db = new Database("jdbc:h2:file:" + dir.resolve("store"), "", "");
        RunLock first = RunLock.acquire(db, dir.resolve("reports"), Duration.ZERO);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(600);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            first.close();
        });
        release.start();
        RunLock.acquire(db, dir.resolve("reports"), Duration.ofSeconds(10)).close();
        release.join();
    }
}
