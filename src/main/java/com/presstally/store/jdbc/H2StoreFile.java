package com.presstally.store.jdbc;

import com.presstally.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The file of an embedded H2 store. Reruns of a week leave it holding chunks of rows no longer live,
 * which H2 gives back only when the file is rewritten; see {@link #compact()}.
 */
public final class H2StoreFile {
    private final Database database;
    private final Path file;

    /** What a compaction did: the file's size before and after, and how much of its chunks was live before. */
    public record Compacted(Path file, long bytesBefore, long bytesAfter, int livePercentBefore) {
    }

    /** @throws IllegalArgumentException when the URL is not an embedded H2 one, or no store file is there */
    public H2StoreFile(Database database) {
        this.database = database;
        Path named = database.h2File().orElseThrow(() -> new IllegalArgumentException("db.url " + database.url()
                + " is not an embedded H2 store (jdbc:h2:file:…); a PostgreSQL store gives space back with VACUUM"));
        file = Path.of(named + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("db.url " + database.url() + ": no store file " + file);
        }
    }

    /**
     * Rewrites the file with its live rows only (H2's {@code SHUTDOWN COMPACT}). It closes the database,
     * so no job may be running on it; the next connection opens it again.
     */
    public Compacted compact() {
        long before = size();
        int live;
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
                live = rs.next() ? Integer.parseInt(rs.getString(1).trim()) : -1;
            }
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("compacting " + file, e);
        }
        return new Compacted(file, before, size(), live);
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the size of " + file, e);
        }
    }
}
