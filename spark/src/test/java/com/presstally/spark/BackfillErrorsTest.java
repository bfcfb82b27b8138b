package com.presstally.spark;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Configuration and input errors end a backfill command with exit code 3 and a message that says what to fix. */
class BackfillErrorsTest {
    @AfterAll
    static void stopSpark() {
        SparkTestSupport.stop();
    }

    @Test
    void unknownTimeZoneStopsExtractBeforeSparkStarts(@TempDir Path root) {
        SparkTestSupport.Result result = SparkTestSupport.backfill("extract", "--input", root.toString(), "--output",
                root.resolve("out").toString(), "--time-zone", "Europe/Atlantis", "--master", SparkTestSupport.MASTER);
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("--time-zone: 'Europe/Atlantis' is not a time zone"), result.err());
    }

    @Test
    void missingInputFolderIsNamed(@TempDir Path root) {
        SparkTestSupport.Result result = SparkTestSupport.backfill("extract", "--input", root.resolve("nowhere").toString(),
                "--output", root.resolve("out").toString(), "--master", SparkTestSupport.MASTER);
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("input folder " + root.resolve("nowhere") + " does not exist"), result.err());
    }

    @Test
    void loadingAWeekTheParquetDoesNotHoldListsTheWeeksItHolds(@TempDir Path root) throws Exception {
        Path input = SparkTestSupport.corpus(root, 0);
        SparkTestSupport.Result extract = SparkTestSupport.backfill("extract", "--input", input.toString(), "--output",
                root.resolve("parquet").toString(), "--fields", SparkTestSupport.FIELDS, "--master", SparkTestSupport.MASTER);
        assertEquals(0, extract.exitCode(), extract.err());

        SparkTestSupport.Result load = SparkTestSupport.backfill("load", "--parquet", root.resolve("parquet").toString(),
                "--week", "2025-W01", "--db", SparkTestSupport.h2(root.resolve("db/store")), "--master", SparkTestSupport.MASTER);

        assertEquals(3, load.exitCode());
        assertTrue(load.err().contains("no articles of 2025-W01 under " + root.resolve("parquet") + "/articles; weeks there: "
                + "2026-W46, 2026-W47"), load.err());
    }

    @Test
    void badWeekAndMissingParquetAreConfigurationErrors(@TempDir Path root) {
        SparkTestSupport.Result week = SparkTestSupport.backfill("load", "--parquet", root.toString(), "--week", "2026-47",
                "--db", SparkTestSupport.h2(root.resolve("db/store")), "--master", SparkTestSupport.MASTER);
        assertEquals(3, week.exitCode());
        assertTrue(week.err().contains("2026-47"), week.err());

        SparkTestSupport.Result missing = SparkTestSupport.backfill("load", "--parquet", root.resolve("none").toString(),
                "--week", "2026-W47", "--db", SparkTestSupport.h2(root.resolve("db/store")), "--master", SparkTestSupport.MASTER);
        assertEquals(3, missing.exitCode());
        assertTrue(missing.err().contains("cannot read " + root.resolve("none")), missing.err());
    }
}
