package com.presstally.store.jdbc;

import com.presstally.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Connection settings of the store and of JBeret's job repository, which share one database. */
public record Database(String url, String user, String password) {
    /**
     * Settings of an embedded H2 file database. DB_CLOSE_DELAY=-1: without it H2 reopens the file on
     * every job-repository call (2-3 times slower). CACHE_SIZE=4096 (KB; H2's default is 16 MB): the
     * page cache lives in the old generation and every page the writers replace in it left the young
     * collections more old-to-young references to scan. At 30,000 articles the 4 MB cache halved the
     * job's young-collection pauses (2.8-3.1 s to 1.4-1.5 s) and made the whole run 2-3 s faster, its
     * reads by the tally and report included.
     * AUTO_COMPACT_FILL_RATE=50 (H2's default is 90): at 90, whenever the file is idle for a moment
     * H2's writer rewrites chunks that are less than 80 % live, holding their pages in the heap while it
     * does. The report's last seconds (charts, Summary, saving) leave it idle, and on a 100,000-article
     * week it rewrote up to ~14 MB of pages just then (live heap after the charts 30-38 MB, against 25 MB
     * without the rewrites; 21 MB at 10,000, where there is little to rewrite). At 50 it compacts only a
     * file less than half live.
     * COMPRESS=TRUE (LZF on each page as H2 writes it): H2 serialises each chunk into a pooled write
     * buffer that grows past its first 1 MB when a chunk does, and keeps up to four; uncompressed, the
     * longer a week's writing, the more 2 MB buffers it kept (two at 100,000 articles, one at 10,000),
     * and the report's live heap grew with them (median 32 against 25 MB; compressed 28 against 24).
     * The file is ~40 % of the size (a 20,000-article week 93 against 235 MB, four runs of it 369
     * against 1,977 MB); the job is ~2 s slower at 100,000 articles. Stores written uncompressed are
     * read as they are; only pages written from then on are compressed.
     * Not LAZY_QUERY_EXECUTION: it once failed a report's long walk of the week with "Chunk … not
     * found"; the walks read a page at a time instead, so H2's copy of a result is a page's.
     */
    public static final String H2_FILE_SETTINGS = ";DB_CLOSE_DELAY=-1;CACHE_SIZE=4096;AUTO_COMPACT_FILL_RATE=50;COMPRESS=TRUE";

    /** The embedded default: an H2 file database under {@code data/}, created on first use. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/press-tally" + H2_FILE_SETTINGS;

    static {
        // H2 hashes every string bound to a statement to share equal ones through a cache; for the
        // sentence and quote columns of two million rows a week that hashing cost the single writer
        // seconds and saved nothing. Read when H2 first loads, so before the first connection.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    public Database {
        if (url == null || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("database URL '" + url + "' does not start with jdbc: "
                    + "(e.g. " + DEFAULT_URL + " or jdbc:postgresql://127.0.0.1:5432/presstally)");
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** Whether this is an H2 database (embedded, in memory or over TCP). */
    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /**
     * The file an embedded H2 URL names, without H2's {@code .mv.db} ({@code jdbc:h2:file:./data/press-tally;…}
     * → {@code ./data/press-tally}, made absolute); empty for any other URL.
     */
    public Optional<Path> h2File() {
        boolean embedded = url.startsWith("jdbc:h2:file:") || (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"));
        if (!embedded) {
            return Optional.empty();
        }
        String rest = url.startsWith("jdbc:h2:file:") ? url.substring("jdbc:h2:file:".length()) : url.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        return Optional.of(Path.of(semicolon < 0 ? rest : rest.substring(0, semicolon)).toAbsolutePath().normalize());
    }

    public Connection connect() {
        try {
            Properties p = new Properties();
            if (!user.isEmpty()) {
                p.setProperty("user", user);
                p.setProperty("password", password);
            }
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + url, e);
        }
    }
}
