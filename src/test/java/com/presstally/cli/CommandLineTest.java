package com.presstally.cli;

import com.presstally.batch.RunLock;
import com.presstally.store.jdbc.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exit codes cron and monitoring read, through the real command line. */
class CommandLineTest {
    /** The embedded default's settings without compressed pages, as stores were written before. */
    private static final String UNCOMPRESSED_SETTINGS = Database.H2_FILE_SETTINGS.replace(";COMPRESS=TRUE", "");

    private final StringWriter err = new StringWriter();

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cl = PressTallyCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        return cl.execute(args);
    }

    /** A run of the sample corpus's week 2026-W47 into {@code reports} on the store {@code db}. */
    private static String[] runSampleWeek(Path reports, String db) {
        return runWeek(Path.of("input").toAbsolutePath(), reports, db);
    }

    private static String[] runWeek(Path input, Path reports, String db) {
        return new String[] {"run", "--week", "2026-W47", "--input", input.toString(), "--reports", reports.toString(),
                "--db", db, "--quiet"};
    }

    @Test
    void theHeapCanBeSampledMoreOftenThanEverySecondButNotContinuously(@TempDir Path dir) throws Exception {
        assertEquals(ExitCodes.DONE, run("benchmark", "--job", "--articles", "40", "--heap-sample-seconds", "0.25",
                "--work", dir.resolve("quarter").toString()), err.toString());
        assertTrue(out.toString().contains("one every 0.25 s;"), out.toString());
        assertEquals(ExitCodes.USAGE, run("benchmark", "--job", "--articles", "40", "--heap-sample-seconds", "0.05",
                "--work", dir.resolve("twentieth").toString()));
        assertTrue(err.toString().contains("--heap-sample-seconds must be 0.1 or more, not 0.05"), err.toString());
    }

    @Test
    void wholeJobBenchmarkRunsTheJobOnAGeneratedWeekAndPrintsItsFigures(@TempDir Path dir) throws Exception {
        assertEquals(ExitCodes.DONE, run("benchmark", "--job", "--articles", "40", "--partitions", "2", "--work",
                dir.toString()), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("job: 40 articles in "), printed);
        assertTrue(java.util.regex.Pattern.compile("steps: prepare [\\d.]+ s, extract [\\d.]+ s, tally [\\d.]+ s, "
                + "report [\\d.]+ s").matcher(printed).find(), printed);
        assertTrue(java.util.regex.Pattern.compile("heap: peak live [1-9]\\d*\\.\\d MB \\([1-9]\\d* samples, one every 2 s; by step: "
                + "[^)]*\\), limit \\d+ MB").matcher(printed).find(), printed);
        Path workbook = dir.resolve("reports/2026-W47/press-tally-2026-W47.xlsx");
        try (var in = Files.newInputStream(workbook); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertEquals(40, wb.getSheet("Articles").getLastRowNum(), "one row per generated article");
        }
    }

    @Test
    void compactGivesBackWhatRerunsOfAWeekLeftAndTheStoreStillHoldsTheWeek(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("db/store") + ";DB_CLOSE_DELAY=-1";
        String[] runWeek = runSampleWeek(dir.resolve("r"), db);
        for (int i = 0; i < 3; i++) {
            assertEquals(ExitCodes.DONE, run(runWeek), err.toString());
        }
        Path statements = dir.resolve("r/2026-W47/statements.csv");
        List<String> reported = Files.readAllLines(statements);
        long before = Files.size(dir.resolve("db/store.mv.db"));

        assertEquals(ExitCodes.DONE, run("compact", "--db", db, "--reports", dir.resolve("r").toString()), err.toString());
        long after = Files.size(dir.resolve("db/store.mv.db"));
        assertTrue(after < before, "the store file shrank: " + before + " -> " + after + " bytes");
        assertTrue(out.toString().contains("press-tally: compacted " + dir.resolve("db/store.mv.db").toAbsolutePath()),
                out.toString());

        assertEquals(ExitCodes.DONE, run("status", "--db", db), err.toString());
        assertTrue(out.toString().contains("2026-W47"), "the executions are still there: " + out);
        assertEquals(ExitCodes.DONE, run(runWeek), err.toString());
        assertEquals(reported, Files.readAllLines(statements), "the store opens again and reports the week as before");
    }

    @Test
    void theDefaultSettingsWriteTheWeekCompressedIntoASmallerFile(@TempDir Path dir) throws Exception {
        // a generated week, not the sample's few articles: their store is a few pages either way
        Path input = dir.resolve("input");
        com.presstally.bench.SyntheticCorpus.write(300, 42, input);
        String plain = "jdbc:h2:file:" + dir.resolve("plain/store") + UNCOMPRESSED_SETTINGS;
        String compressed = "jdbc:h2:file:" + dir.resolve("compressed/store") + Database.H2_FILE_SETTINGS;
        assertEquals(ExitCodes.DONE, run(runWeek(input, dir.resolve("r1"), plain)), err.toString());
        assertEquals(ExitCodes.DONE, run(runWeek(input, dir.resolve("r2"), compressed)), err.toString());
        // compacted first, so both sizes are the week's pages and not what H2 had yet to reuse
        assertEquals(ExitCodes.DONE, run("compact", "--db", plain, "--reports", dir.resolve("r1").toString()), err.toString());
        assertEquals(ExitCodes.DONE, run("compact", "--db", compressed, "--reports", dir.resolve("r2").toString()), err.toString());
        long plainSize = Files.size(dir.resolve("plain/store.mv.db"));
        long compressedSize = Files.size(dir.resolve("compressed/store.mv.db"));
        assertTrue(compressedSize < 0.8 * plainSize, "compressed " + compressedSize + " bytes against " + plainSize);
        assertEquals(Files.readAllLines(dir.resolve("r1/2026-W47/statements.csv")),
                Files.readAllLines(dir.resolve("r2/2026-W47/statements.csv")));
    }

    @Test
    void aStoreWrittenUncompressedReportsTheSameWeekUnderTheCompressedDefault(@TempDir Path dir) throws Exception {
        String file = "jdbc:h2:file:" + dir.resolve("db/store");
        assertEquals(ExitCodes.DONE, run(runSampleWeek(dir.resolve("r"), file + UNCOMPRESSED_SETTINGS)), err.toString());
        List<String> before = Files.readAllLines(dir.resolve("r/2026-W47/casualties.csv"));

        assertEquals(ExitCodes.DONE, run(runSampleWeek(dir.resolve("r"), file + Database.H2_FILE_SETTINGS)), err.toString());
        assertEquals(before, Files.readAllLines(dir.resolve("r/2026-W47/casualties.csv")));
        assertEquals(ExitCodes.DONE, run("status", "--db", file + Database.H2_FILE_SETTINGS), err.toString());
        assertEquals(2, out.toString().lines().filter(line -> line.contains("COMPLETED")).count(),
                "both runs are in the repository: " + out);
    }

    @Test
    void compactOnAStoreThatIsNotEmbeddedH2IsAConfigurationError(@TempDir Path dir) {
        assertEquals(ExitCodes.CONFIGURATION, run("compact", "--db", "jdbc:postgresql://127.0.0.1:5432/presstally",
                "--reports", dir.resolve("r").toString()));
        assertTrue(err.toString().contains("not an embedded H2 store"), err.toString());
        assertEquals(ExitCodes.CONFIGURATION, run("compact", "--db", "jdbc:h2:file:" + dir.resolve("none"),
                "--reports", dir.resolve("r").toString()));
        assertTrue(err.toString().contains("no store file"), err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("run", "--bogus"));
    }

    @Test
    void missingInputFolderIsAConfigurationError(@TempDir Path dir) {
        assertEquals(ExitCodes.CONFIGURATION, run("run", "--week", "2026-W47", "--input", dir.resolve("nope").toString(),
                "--reports", dir.resolve("r").toString(), "--db", "jdbc:h2:file:" + dir.resolve("db")));
        assertTrue(err.toString().contains("input: folder"), err.toString());
    }

    @Test
    void aRunWhileAnotherHoldsTheReportsFolderExitsFour(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("in"));
        String db = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1";
        try (RunLock held = RunLock.acquire(new Database(db, "", ""), dir.resolve("r"), Duration.ZERO)) {
            assertEquals(ExitCodes.LOCKED, run("run", "--week", "2026-W47", "--input", dir.resolve("in").toString(),
                    "--reports", dir.resolve("r").toString(), "--db", db, "--quiet"));
        }
        assertTrue(err.toString().contains("locked: another press-tally run is using"), err.toString());
        assertEquals(ExitCodes.DONE, run("run", "--week", "2026-W47", "--input", dir.resolve("in").toString(),
                "--reports", dir.resolve("r").toString(), "--db", db, "--quiet"), err.toString());
    }
}
