package com.presstally.batch;

import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A job that fails in the middle of the extraction step and is restarted gives the same exports as one that did not fail. */
class RestartTest {
    @Test
    void restartAfterAFaultMidStepMatchesAnUninterruptedRun(@TempDir Path root) throws Exception {
        Path input = JobTestSupport.sampleInput(root.resolve("a"));
        JobSettings clean = JobTestSupport.settings(root.resolve("a"), "all", input, 2, 0);
        assertTrue(new JobRunner(clean.database()).run(clean).completed());

        JobSettings faulty = JobTestSupport.settings(root.resolve("b"), "all", input, 2, 5);
        JobRunner runner = new JobRunner(faulty.database());
        JobRunner.Outcome failed = runner.run(faulty);
        assertEquals(BatchStatus.FAILED, failed.status());
        assertTrue(failed.exitStatus().contains("injected fault"), failed.exitStatus());
        assertTrue(Files.notExists(root.resolve("b/reports/all")), "a failed run publishes nothing");

        Properties override = new Properties();
        override.setProperty(JobSettings.FAIL_AFTER, "0");
        JobRunner.Outcome restarted = runner.restart(failed.executionId(), override);
        assertTrue(restarted.completed(), restarted.toString());

        for (String export : List.of("statements.csv", "casualties.csv", "reactions.csv", "articles.csv")) {
            List<String> expected = JobTestSupport.sortedLines(root.resolve("a/reports/all").resolve(export));
            List<String> actual = JobTestSupport.sortedLines(root.resolve("b/reports/all").resolve(export));
            assertEquals(expected, actual, export);
            assertEquals(actual.size(), new HashSet<>(actual).size(), "no duplicate rows in " + export);
        }
    }
}
