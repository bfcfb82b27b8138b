package com.presstally.batch;

import com.presstally.store.jdbc.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run at a time per store and per reports folder. File locks (released by the operating system
 * if the process dies, so a killed run never leaves a stale lock) on the reports folder and, for an
 * H2 file database, beside the database file; a PostgreSQL advisory lock for a PostgreSQL store.
 * A second run waits up to the given time, then fails with {@link LockedException}.
 */
public final class RunLock implements AutoCloseable {
    private static final long ADVISORY_KEY = 0x5072657373L; // "Press"
    private static final Duration POLL = Duration.ofMillis(250);

    private final List<AutoCloseable> held = new ArrayList<>();

    private RunLock() {
    }

    public static RunLock acquire(Database database, Path reports, Duration wait) throws LockedException {
        RunLock lock = new RunLock();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            lock.held.add(fileLock(reports.resolve(".press-tally.lock"), "the reports folder " + reports.toAbsolutePath(), deadline));
            Path h2 = database.h2File().orElse(null);
            if (h2 != null) {
                lock.held.add(fileLock(Path.of(h2 + ".press-tally.lock"), "the store " + database.url(), deadline));
            } else if (database.url().startsWith("jdbc:postgresql:")) {
                lock.held.add(advisoryLock(database, deadline));
            }
            return lock;
        } catch (LockedException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static AutoCloseable fileLock(Path file, String what, long deadline) throws LockedException {
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException sameProcess) {
                    lock = null;
                }
                if (lock != null) {
                    FileLock acquired = lock;
                    return () -> {
                        acquired.release();
                        channel.close();
                    };
                }
                if (System.nanoTime() >= deadline) {
                    channel.close();
                    throw new LockedException("another press-tally run is using " + what + " (lock " + file
                            + "); wait for it to finish, or give --lock-wait SECONDS to wait for it");
                }
                sleep();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create lock file " + file + ": " + e.getMessage(), e);
        }
    }

    private static AutoCloseable advisoryLock(Database database, long deadline) throws LockedException {
        Connection c = database.connect();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, ADVISORY_KEY);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return c::close; // the lock lives as long as this connection
                    }
                }
                if (System.nanoTime() >= deadline) {
                    c.close();
                    throw new LockedException("another press-tally run is using the store " + database.url()
                            + " (PostgreSQL advisory lock " + ADVISORY_KEY + "); wait for it to finish, or give --lock-wait SECONDS");
                }
                sleep();
            }
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
            throw new IllegalStateException("cannot take the store lock on " + database.url() + ": " + e.getMessage(), e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lock", e);
        }
    }

    @Override
    public void close() {
        for (int i = held.size() - 1; i >= 0; i--) {
            try {
                held.get(i).close();
            } catch (Exception ignored) {
                // releasing is best effort; the OS releases file locks when the process ends
            }
        }
        held.clear();
    }
}
