package com.presstally.spark;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.presstally.spark.SparkTestSupport.WEEK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole Spark path (extract → Parquet → load → the weekly job's report) against the weekly job
 * reading the same corpus: the same exports, row for row after sorting.
 */
class BackfillEqualityTest {
    @AfterAll
    static void stopSpark() {
        SparkTestSupport.stop();
    }

    @Test
    void sparkPathReportsTheSameRowsAsTheWeeklyJob(@TempDir Path root) throws Exception {
        Path input = SparkTestSupport.corpus(root, 300);

        SparkTestSupport.product("run", "--week", WEEK, "--input", input.toString(), "--reports",
                root.resolve("job").toString(), "--db", SparkTestSupport.h2(root.resolve("job-db/store")),
                "--fields", SparkTestSupport.FIELDS, "-q");

        SparkTestSupport.Result extract = SparkTestSupport.backfill("extract", "--input", input.toString(),
                "--output", root.resolve("parquet").toString(), "--fields", SparkTestSupport.FIELDS,
                "--master", SparkTestSupport.MASTER);
        assertEquals(0, extract.exitCode(), extract.err());
        assertTrue(extract.out().contains("2026-W46: 6 articles (0 rejected)"), extract.out());
        String db = SparkTestSupport.h2(root.resolve("spark-db/store"));
        SparkTestSupport.Result load = SparkTestSupport.backfill("load", "--parquet", root.resolve("parquet").toString(),
                "--week", WEEK, "--db", db, "--corpus", input.toString(), "--master", SparkTestSupport.MASTER);
        assertEquals(0, load.exitCode(), load.err());
        List<String> articles = SparkTestSupport.sortedLines(root.resolve("job").resolve(WEEK).resolve("articles.csv"));
        int weekArticles = articles.size() - 1;
        assertTrue(load.out().contains("loaded 2026-W47: " + weekArticles + " articles"), load.out());
        for (String id : List.of("formats/export.csv#a1", "formats/api.jsonl#n1", "formats/api.json#", "formats/page.html",
                "formats/cp1252.txt", "formats/binary.txt", "formats/malformed.csv", "generated/", "2026-11-18/")) {
            assertTrue(articles.stream().anyMatch(line -> line.startsWith(id)), "the week lists " + id);
        }
        String report = SparkTestSupport.product("run", "--week", WEEK, "--input", input.toString(), "--reports",
                root.resolve("spark").toString(), "--db", db);
        assertTrue(report.contains("(loaded from " + root.resolve("parquet") + ")"), report);

        Path job = root.resolve("job").resolve(WEEK);
        Path spark = root.resolve("spark").resolve(WEEK);
        List<String> exports = csvNames(job);
        assertEquals(List.of("actors.csv", "articles.csv", "casualties.csv", "reactions.csv", "statements.csv", "tolls.csv",
                "trends.csv"), exports);
        assertEquals(exports, csvNames(spark));
        for (String export : exports) {
            List<String> expected = SparkTestSupport.sortedLines(job.resolve(export));
            assertEquals(expected, SparkTestSupport.sortedLines(spark.resolve(export)), export);
        }
        assertTrue(SparkTestSupport.sortedLines(job.resolve("statements.csv")).size() > 1000);
        try (InputStream in = Files.newInputStream(spark.resolve("press-tally-" + WEEK + ".xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet articlesSheet = workbook.getSheet("Articles");
            assertEquals(weekArticles, articlesSheet.getLastRowNum(), "one row per article of the week under the header");
        }
    }

    private static List<String> csvNames(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }
}
