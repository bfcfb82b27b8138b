package com.presstally.spark;

import com.presstally.store.StoreRows;
import com.presstally.store.jdbc.Database;
import com.presstally.store.jdbc.WeekLoad;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The load job: one ISO week of the backfill's Parquet into the store, through {@link WeekLoad}
 * (staging tables, then upserts by deterministic ids, one transaction). The rows stream through
 * the driver a Parquet partition at a time, so the load never holds the week.
 */
final class WeekLoader {
    private WeekLoader() {
    }

    static WeekLoad.Loaded load(SparkSession spark, String parquet, String week, Database database, String corpus) {
        registerDriver(database.url());
        long articles = rows(spark, parquet, StoreRows.ARTICLES, week).count();
        if (articles == 0) {
            List<String> weeks = rows(spark, parquet, StoreRows.ARTICLES, null).select(ParquetTables.WEEK).distinct()
                    .orderBy(ParquetTables.WEEK).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
            throw new IllegalArgumentException("no articles of " + week + " under " + parquet + "/articles; weeks there: "
                    + (weeks.isEmpty() ? "none" : String.join(", ", weeks)));
        }
        try (WeekLoad load = WeekLoad.begin(database, corpus, week, parquet)) {
            for (StoreRows.Table table : ParquetTables.TABLES) {
                Iterator<Row> it = rows(spark, parquet, table, week)
                        .select(table.columns().stream().map(c -> col(c)).toArray(Column[]::new)).toLocalIterator();
                int width = table.columns().size();
                while (it.hasNext()) {
                    Row row = it.next();
                    Object[] values = new Object[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = row.get(i);
                    }
                    load.add(table, values);
                }
            }
            return load.commit();
        }
    }

    /** A table's Parquet rows, of one week or (null) all; read with the known schema, so an empty table is no error. */
    private static Dataset<Row> rows(SparkSession spark, String parquet, StoreRows.Table table, String week) {
        Dataset<Row> rows = spark.read().schema(ParquetTables.schema(table)).parquet(parquet + "/" + ParquetTables.folder(table));
        return week == null ? rows : rows.where(col(ParquetTables.WEEK).equalTo(week));
    }

    /** Under spark-submit the application's jar is not on the class path DriverManager searches: name the driver. */
    private static void registerDriver(String url) {
        String driver = url.startsWith("jdbc:h2:") ? "org.h2.Driver" : url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
        if (driver != null) {
            try {
                Class.forName(driver);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("JDBC driver " + driver + " is missing from the backfill jar", e);
            }
        }
    }
}
