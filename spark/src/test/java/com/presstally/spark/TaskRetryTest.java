package com.presstally.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.presstally.spark.SparkTestSupport.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every task's first attempt fails, once while extracting and once half-way through writing the
 * statements; Spark retries them. The Parquet and the store end with the rows of a clean run, once
 * each; loading the week again, or loading the clean run's Parquet over it, changes nothing.
 */
class TaskRetryTest {
    private static final List<String> FOLDERS = List.of("articles", "statements", "casualties", "reactions");
    private static final List<String> TABLES = List.of("pt_article", "pt_statement", "pt_casualty", "pt_reaction");

    @AfterAll
    static void stopSpark() {
        SparkTestSupport.stop();
    }

    @Test
    void retriedTasksAndRepeatedLoadsLeaveNoDuplicateRows(@TempDir Path root) throws Exception {
        Path input = SparkTestSupport.corpus(root, 200);
        extract(input, root.resolve("clean"), false);
        extract(input, root.resolve("retried"), true);

        SparkSession spark = SparkSession.active();
        for (String folder : FOLDERS) {
            List<String> clean = rows(spark, root.resolve("clean").resolve(folder));
            List<String> retried = rows(spark, root.resolve("retried").resolve(folder));
            assertEquals(clean, retried, folder);
            assertEquals(retried.size(), new HashSet<>(retried).size(), "no row twice in " + folder);
        }
        List<Row> ids = spark.read().parquet(root.resolve("retried/statements").toString()).select("item_id").collectAsList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "every statement has its own id");

        String db = SparkTestSupport.h2(root.resolve("db/store"));
        load(root.resolve("retried"), input, db);
        Map<String, List<String>> first = storeRows(db);
        assertEquals(spark.read().parquet(root.resolve("retried/statements").toString()).where("iso_week = '" + WEEK + "'").count(),
                first.get("pt_statement").size());
        load(root.resolve("retried"), input, db);
        load(root.resolve("clean"), input, db);
        assertEquals(first, storeRows(db), "loading the week again leaves the same rows");
    }

    private static void extract(Path input, Path output, boolean failFirstAttempts) {
        List<String> args = new ArrayList<>(List.of("extract", "--input", input.toString(), "--output", output.toString(),
                "--master", SparkTestSupport.MASTER, "--partitions", "4"));
        if (failFirstAttempts) {
            args.add("--fail-first-attempts");
        }
        SparkTestSupport.Result result = SparkTestSupport.backfill(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
    }

    private static void load(Path parquet, Path input, String db) {
        SparkTestSupport.Result result = SparkTestSupport.backfill("load", "--parquet", parquet.toString(), "--week", WEEK,
                "--db", db, "--corpus", input.toString(), "--master", SparkTestSupport.MASTER);
        assertEquals(0, result.exitCode(), result.err());
    }

    private static List<String> rows(SparkSession spark, Path folder) {
        Dataset<Row> frame = spark.read().parquet(folder.toString());
        List<String> rows = new ArrayList<>();
        for (Row row : frame.collectAsList()) {
            rows.add(row.toString());
        }
        rows.sort(null);
        return rows;
    }

    /** Every row of the store's tables, loaded_at aside (a reload stamps its own time). */
    private static Map<String, List<String>> storeRows(String url) throws Exception {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url)) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        Object[] values = new Object[meta.getColumnCount()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = rs.getObject(i + 1);
                        }
                        rows.add(Arrays.toString(values));
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT corpus, iso_week, articles FROM pt_loaded_week")) {
                List<String> weeks = new ArrayList<>();
                while (rs.next()) {
                    weeks.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3));
                }
                tables.put("pt_loaded_week", weeks);
            }
        }
        assertTrue(tables.get("pt_statement").size() > 100);
        return tables;
    }
}
