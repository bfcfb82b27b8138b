package com.presstally.store.jdbc;

import com.presstally.store.StoreException;
import com.presstally.store.StoreRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Loads one week of extracted rows (from a backfill) into the store the weekly report reads, in
 * one transaction: rows go to temporary staging tables in batches, then each table is upserted from
 * its stage — articles by id, items by their deterministic item id — items the loaded articles no
 * longer have are deleted, and the week is recorded as loaded. Loading the same rows twice leaves
 * the same rows; a failure before {@link #commit} leaves the store as it was.
 *
 * <p>Articles of the week that the load does not name stay in the store.
 */
public final class WeekLoad implements AutoCloseable {
    private static final int BATCH = 1000;
    private static final int VERSION_COLUMN = StoreRows.ARTICLES.columns().indexOf("extractor_version");
    private static final List<StoreRows.Table> TABLES = List.of(StoreRows.ARTICLES, StoreRows.STATEMENTS,
            StoreRows.CASUALTIES, StoreRows.REACTIONS);

    /** What a committed load wrote. */
    public record Loaded(String corpus, String week, int articles, int statements, int casualties, int reactions,
                         String extractorVersions) {
    }

    private final Connection connection;
    private final String corpus;
    private final String week;
    private final String source;
    private final Map<StoreRows.Table, PreparedStatement> stages = new LinkedHashMap<>();
    private final Map<StoreRows.Table, Integer> pending = new LinkedHashMap<>();
    private final Map<StoreRows.Table, Integer> counts = new LinkedHashMap<>();
    private final TreeSet<String> versions = new TreeSet<>();
    private boolean committed;

    private WeekLoad(Connection connection, String corpus, String week, String source) {
        this.connection = connection;
        this.corpus = corpus;
        this.week = week;
        this.source = source;
    }

    /**
     * Creates the store tables if missing and the staging tables, then opens the load's transaction.
     *
     * @param source where the rows come from (the Parquet folder), recorded with the week
     */
    public static WeekLoad begin(Database database, String corpus, String week, String source) {
        new JdbcExtractionStore(database).initialise();
        Connection connection = database.connect();
        WeekLoad load = new WeekLoad(connection, corpus, week, source);
        try {
            // H2 commits on DDL: the stages exist before the transaction starts
            boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            try (Statement ddl = connection.createStatement()) {
                for (StoreRows.Table table : TABLES) {
                    ddl.execute("DROP TABLE IF EXISTS " + stage(table));
                    ddl.execute("CREATE " + (h2 ? "LOCAL " : "") + "TEMPORARY TABLE " + stage(table) + " AS SELECT corpus, "
                            + String.join(", ", table.columns()) + " FROM " + table.name() + " WHERE 1 = 0");
                    ddl.execute("CREATE INDEX " + stage(table) + "_key ON " + stage(table) + " ("
                            + String.join(", ", table.key()) + ")");
                }
            }
            connection.setAutoCommit(false);
            for (StoreRows.Table table : TABLES) {
                load.stages.put(table, connection.prepareStatement(JdbcExtractionStore.insertSql(stage(table), table.columns())));
                load.pending.put(table, 0);
                load.counts.put(table, 0);
            }
            return load;
        } catch (SQLException | RuntimeException e) {
            load.close();
            throw new StoreException("cannot prepare the load of " + week + " into " + database.url(), e);
        }
    }

    /** Adds one row of {@code table}, its columns in {@link StoreRows} order (without the corpus). */
    public void add(StoreRows.Table table, Object[] row) {
        if (row.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " row has " + row.length + " values, expected "
                    + table.columns().size() + " " + table.columns());
        }
        try {
            PreparedStatement stage = stages.get(table);
            JdbcExtractionStore.bindRow(stage, corpus, row);
            stage.addBatch();
            if (table == StoreRows.ARTICLES) {
                versions.add(String.valueOf(row[VERSION_COLUMN]));
            }
            counts.merge(table, 1, Integer::sum);
            if (pending.merge(table, 1, Integer::sum) >= BATCH) {
                stage.executeBatch();
                pending.put(table, 0);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot stage a row of " + table.name() + " for " + week, e);
        }
    }

    /** Upserts every stage into its table, records the week as loaded, and commits. */
    public Loaded commit() {
        try {
            for (StoreRows.Table table : TABLES) {
                if (pending.get(table) > 0) {
                    stages.get(table).executeBatch();
                }
            }
            checkWeek();
            execute(merge(StoreRows.ARTICLES));
            for (StoreRows.Table table : StoreRows.ITEM_TABLES) {
                // items the loaded articles had before and no longer have (an older extractor, a changed text)
                execute("DELETE FROM " + table.name() + " t WHERE t.corpus = ? AND t.article_id IN (SELECT article_id FROM "
                        + stage(StoreRows.ARTICLES) + ") AND NOT EXISTS (SELECT 1 FROM " + stage(table)
                        + " s WHERE s.article_id = t.article_id AND s.item_id = t.item_id)", corpus);
                execute(merge(table));
            }
            execute("DELETE FROM pt_loaded_week WHERE corpus = ? AND iso_week = ?", corpus, week);
            execute("INSERT INTO pt_loaded_week (corpus, iso_week, source, extractor_version, articles, loaded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", corpus, week, source, String.join(",", versions),
                    counts.get(StoreRows.ARTICLES), Timestamp.from(Instant.now()));
            connection.commit();
            committed = true;
            return new Loaded(corpus, week, counts.get(StoreRows.ARTICLES), counts.get(StoreRows.STATEMENTS),
                    counts.get(StoreRows.CASUALTIES), counts.get(StoreRows.REACTIONS), String.join(",", versions));
        } catch (SQLException e) {
            throw new StoreException("cannot load " + week + ": " + e.getMessage(), e);
        }
    }

    /** Every staged article must belong to the loaded week: a load never writes into another week. */
    private void checkWeek() throws SQLException {
        List<String> others = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT iso_week FROM " + stage(StoreRows.ARTICLES)
                + " WHERE iso_week IS NULL OR iso_week <> ?")) {
            ps.setString(1, week);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    others.add(String.valueOf(rs.getString(1)));
                }
            }
        }
        if (!others.isEmpty()) {
            throw new IllegalArgumentException("the rows to load for " + week + " hold articles of other weeks: " + others);
        }
    }

    /** Standard SQL MERGE (H2, PostgreSQL 15 and later) of a stage into its table on the table's key. */
    static String merge(StoreRows.Table table) {
        String on = table.key().stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "));
        String set = table.columns().stream().filter(c -> !table.key().contains(c)).map(c -> c + " = s." + c)
                .collect(Collectors.joining(", "));
        return "MERGE INTO " + table.name() + " t USING " + stage(table) + " s ON (t.corpus = s.corpus AND " + on + ")"
                + " WHEN MATCHED THEN UPDATE SET " + set
                + " WHEN NOT MATCHED THEN INSERT (corpus, " + String.join(", ", table.columns()) + ") VALUES (s.corpus, "
                + table.columns().stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static String stage(StoreRows.Table table) {
        return table.name().replace("pt_", "pt_stage_");
    }

    private void execute(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            JdbcExtractionStore.bind(ps, params);
            ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement stage : stages.values()) {
                stage.close();
            }
            if (!committed && !connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                for (StoreRows.Table table : TABLES) {
                    ddl.execute("DROP TABLE IF EXISTS " + stage(table));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close the load of " + week, e);
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
        }
    }
}
