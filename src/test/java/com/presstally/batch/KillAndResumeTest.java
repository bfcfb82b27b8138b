package com.presstally.batch;

import com.presstally.bench.SyntheticCorpus;
import com.presstally.store.jdbc.Database;
import jakarta.batch.runtime.BatchStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills the job's process (SIGKILL, not a thread) in the middle of the extraction step, runs the
 * week again, and compares the exports with those of an uninterrupted run: identical rows, no
 * duplicates.
 */
class KillAndResumeTest {
    @Test
    void killedRunResumesToTheSameExportsAsAnUninterruptedOne(@TempDir Path root) throws Exception {
        Path input = root.resolve("input");
        SyntheticCorpus.write(1500, 7, input);
        JobSettings killed = JobTestSupport.settings(root.resolve("killed"), "all", input, 25, 0);
        String killedDb = killed.database().url();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "com.presstally.cli.Main",
                "run", "--all", "--input", input.toString(), "--reports", root.resolve("killed/reports").toString(),
                "--db", killedDb, "--chunk-size", "25").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("extract: ")) {
                // wait for the first progress line: a chunk is committed
            }
            assertTrue(line != null, "the child run printed no progress before it ended");
        }
        // H2 writes committed transactions to disk within about half a second: give the first
        // checkpoints time to reach the file, then kill while the step is still far from done
        Thread.sleep(1500);
        assertTrue(child.isAlive(), "the child run ended before it could be killed; give it more articles");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.notExists(root.resolve("killed/reports/all")), "a killed run published nothing");

        JobRunner runner = new JobRunner(killed.database());
        JobRunner.Outcome resumed;
        try (RunLock lock = RunLock.acquire(killed.database(), killed.reports(), Duration.ZERO)) {
            resumed = runner.runOrResume(new JobSettings(killed.scope(), input, root.resolve("killed/reports"),
                    new Database(killedDb, "", ""), 25, null, killed.zone(), killed.maxBytes(), 0, "off", killed.fields(), 1,
                    JobSettings.DEFAULT_SHEET_ROWS));
        }
        assertEquals(BatchStatus.COMPLETED, resumed.status(), resumed.toString());
        assertTrue(resumed.resumed(), "the second run resumed the killed execution");
        assertEquals(1, runner.executions(10).stream().filter(e -> e.status() == BatchStatus.FAILED).count(),
                "the killed execution is marked failed, not left running");

        JobSettings clean = JobTestSupport.settings(root.resolve("clean"), "all", input, 25, 0);
        assertTrue(new JobRunner(clean.database()).run(clean).completed());
        for (String export : List.of("statements.csv", "casualties.csv", "reactions.csv", "articles.csv")) {
            List<String> expected = JobTestSupport.sortedLines(root.resolve("clean/reports/all").resolve(export));
            List<String> actual = JobTestSupport.sortedLines(root.resolve("killed/reports/all").resolve(export));
            assertEquals(expected.size(), actual.size(), export);
            assertEquals(expected, actual, export);
            assertEquals(actual.size(), new HashSet<>(actual).size(), "no duplicate rows in " + export);
        }
    }
}
