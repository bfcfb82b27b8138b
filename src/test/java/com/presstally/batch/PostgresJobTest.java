package com.presstally.batch;

import com.presstally.domain.ReportScope;
import com.presstally.store.jdbc.Database;
import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole job with PostgreSQL as store and job repository. Runs where a server is given, as
 * {@code .ci/run} does: PRESS_TALLY_TEST_PG_URL, _USER, _PASSWORD.
 */
@EnabledIfEnvironmentVariable(named = "PRESS_TALLY_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresJobTest {
    private static final Database PG = new Database(System.getenv("PRESS_TALLY_TEST_PG_URL"),
            System.getenv("PRESS_TALLY_TEST_PG_USER"), System.getenv("PRESS_TALLY_TEST_PG_PASSWORD"));

    private static JobSettings onPostgres(Path root, String scope, Path input, int failAfter) {
        return new JobSettings(ReportScope.parse(scope), input, root.resolve("reports"), PG, 2, null, ZoneOffset.UTC,
                10_000_000, failAfter, "off", com.presstally.corpus.FieldMap.defaults(), 1,
                JobSettings.DEFAULT_SHEET_ROWS);
    }

    @Test
    void weekOnPostgresGivesTheSameExportsAsOnH2(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root.resolve("in"));
        JobSettings pg = onPostgres(root.resolve("pg"), "2026-W47", input, 0);
        JobRunner.Outcome outcome = new JobRunner(PG).run(pg);
        assertTrue(outcome.completed(), outcome.toString());
        assertTrue(new JobRunner(PG).run(pg).completed(), "a re-run replaces, never doubles");
        JobSettings h2 = JobTestSupport.settings(root.resolve("h2"), "2026-W47", input, 2, 0);
        assertTrue(new JobRunner(h2.database()).run(h2).completed());
        for (String export : List.of("statements.csv", "casualties.csv", "reactions.csv", "articles.csv", "tolls.csv",
                "actors.csv", "trends.csv")) {
            assertEquals(JobTestSupport.sortedLines(root.resolve("h2/reports/2026-W47").resolve(export)),
                    JobTestSupport.sortedLines(root.resolve("pg/reports/2026-W47").resolve(export)), export);
        }
    }

    @Test
    void restartOnPostgresMatchesAnUninterruptedRun(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root.resolve("in"));
        JobRunner runner = new JobRunner(PG);
        JobRunner.Outcome failed = runner.run(onPostgres(root.resolve("pg"), "all", input, 5));
        assertEquals(BatchStatus.FAILED, failed.status());
        Properties override = new Properties();
        override.setProperty(JobSettings.FAIL_AFTER, "0");
        assertTrue(runner.restart(failed.executionId(), override).completed());
        JobSettings h2 = JobTestSupport.settings(root.resolve("h2"), "all", input, 2, 0);
        assertTrue(new JobRunner(h2.database()).run(h2).completed());
        for (String export : List.of("statements.csv", "casualties.csv", "reactions.csv", "articles.csv")) {
            assertEquals(JobTestSupport.sortedLines(root.resolve("h2/reports/all").resolve(export)),
                    JobTestSupport.sortedLines(root.resolve("pg/reports/all").resolve(export)), export);
        }
    }

    @Test
    void backfillLoadOnPostgresIsReportedLikeTheJobAndReloadsToTheSameRows(@TempDir Path root) throws Exception {
        Path input = BackfillLoadTest.inputInWeek(root.resolve("in"));
        JobSettings h2 = JobTestSupport.settings(root.resolve("h2"), "2026-W47", input, 2, 0);
        assertTrue(new JobRunner(h2.database()).run(h2).completed());
        JobSettings pg = onPostgres(root.resolve("pg"), "2026-W47", input, 0);
        var rows = BackfillLoadTest.backfillRows(input, "2026-W47");
        BackfillLoadTest.load(PG, pg.corpus(), rows);
        String countStatements = "pt_statement WHERE corpus = '" + pg.corpus().replace("'", "''") + "'";
        List<String> first = BackfillLoadTest.tableRows(PG, countStatements);
        BackfillLoadTest.load(PG, pg.corpus(), rows);
        assertEquals(first, BackfillLoadTest.tableRows(PG, countStatements), "a second load leaves the same rows");

        assertTrue(new JobRunner(PG).run(pg).completed());
        for (String export : BackfillLoadTest.exports(root.resolve("h2/reports/2026-W47"))) {
            assertEquals(JobTestSupport.sortedLines(root.resolve("h2/reports/2026-W47").resolve(export)),
                    JobTestSupport.sortedLines(root.resolve("pg/reports/2026-W47").resolve(export)), export);
        }
    }
}
