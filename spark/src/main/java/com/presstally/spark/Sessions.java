package com.presstally.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session both commands use, with the settings the backfill relies on. */
final class Sessions {
    private Sessions() {
    }

    /**
     * @param master {@code local[2]} and the like when started without spark-submit; null keeps
     *               whatever spark-submit or the cluster set
     */
    static SparkSession create(String appName, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName)
                // dates in and out of rows are LocalDate, as in the domain
                .config("spark.sql.datetime.java8API.enabled", "true")
                // re-extracting a corpus replaces the weeks it holds and leaves other weeks' Parquet alone
                .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
        if (master != null && !master.isBlank()) {
            builder.master(master);
        }
        return builder.getOrCreate();
    }
}
