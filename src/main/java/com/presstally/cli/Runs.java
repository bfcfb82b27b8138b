package com.presstally.cli;

import com.presstally.batch.JobRunner;
import com.presstally.batch.JobSettings;
import com.presstally.batch.LockedException;
import com.presstally.batch.ReportBatchlet;
import com.presstally.batch.RunLock;
import com.presstally.domain.ReportScope;
import com.presstally.domain.WeekFigures;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.store.jdbc.JdbcExtractionStore;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;

/** One weekly run as an operator sees it: checked settings, the lock, the job (resumed if it died), one result line. */
final class Runs {
    private Runs() {
    }

    /** Turns a configuration and a scope into job settings, after checking what would make the job fail. */
    static JobSettings settings(Configuration c, ReportScope scope, String progress) throws ConfigurationException {
        if (!Files.isDirectory(c.input())) {
            throw new ConfigurationException("input: folder " + c.input().toAbsolutePath() + " does not exist");
        }
        Path reports = c.reports().toAbsolutePath();
        if (Files.exists(reports) && !Files.isDirectory(reports)) {
            throw new ConfigurationException("reports: " + reports + " is a file, not a folder");
        }
        if (c.lexicon() != null && !Files.isDirectory(c.lexicon())) {
            throw new ConfigurationException("lexicon: folder " + c.lexicon().toAbsolutePath() + " does not exist");
        }
        try {
            new ExtractionEngine(new Lexicon(c.lexicon()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigurationException("lexicon: " + e.getMessage());
        }
        Properties p = new Properties();
        p.setProperty(JobSettings.WEEK, scope.label());
        p.setProperty(JobSettings.INPUT, c.input().toString());
        p.setProperty(JobSettings.REPORTS, c.reports().toString());
        p.setProperty(JobSettings.DB_URL, c.database().url());
        p.setProperty(JobSettings.CHUNK_SIZE, Integer.toString(c.chunkSize()));
        p.setProperty(JobSettings.LEXICON, c.lexicon() == null ? "" : c.lexicon().toString());
        p.setProperty(JobSettings.TIME_ZONE, c.zone().getId());
        p.setProperty(JobSettings.MAX_BYTES, Long.toString(c.maxArticleBytes()));
        p.setProperty(JobSettings.PROGRESS, progress);
        p.setProperty(JobSettings.FIELDS, c.fields());
        p.setProperty(JobSettings.PARTITIONS, Integer.toString(c.partitions()));
        p.setProperty(JobSettings.SHEET_ROWS, Integer.toString(c.sheetRows()));
        return JobSettings.from(p).withDatabase(c.database());
    }

    /** How progress is shown: a bar on a terminal, lines in cron mail, nothing when asked. */
    static String progressMode(boolean quiet) {
        return quiet ? "off" : System.console() != null ? "bar" : "lines";
    }

    /**
     * Runs (or resumes) one scope under the lock and prints one result line; returns the exit code.
     *
     * @param rereadInput hand a week loaded from a backfill back to the job first (see {@code run --reread-input})
     */
    static int run(Configuration c, JobSettings settings, boolean rereadInput, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        JobRunner.Outcome outcome;
        // the lock first: a second run must say "locked", not trip over the first one's open database
        try (RunLock lock = c.lock()) {
            try (Connection ignored = c.database().connect()) {
                // reachable
            } catch (Exception e) {
                err.println("press-tally: configuration error: db.url: " + e.getMessage());
                return ExitCodes.CONFIGURATION;
            }
            if (rereadInput) {
                JdbcExtractionStore store = new JdbcExtractionStore(c.database());
                store.initialise();
                if (store.forgetLoadedWeek(settings.corpus(), settings.scope().label())) {
                    out.println("press-tally: " + settings.scope() + " is no longer a loaded week; reading " + settings.input());
                }
            }
            outcome = new JobRunner(c.database()).runOrResume(settings);
        } catch (LockedException e) {
            err.println("press-tally: locked: " + e.getMessage());
            return ExitCodes.LOCKED;
        }
        if (!outcome.completed()) {
            err.println("press-tally: " + settings.scope() + " " + outcome.status().name().toLowerCase()
                    + " (execution " + outcome.executionId() + "; the next run resumes it): " + outcome.exitStatus());
            return ExitCodes.JOB_FAILED;
        }
        out.println(summary(settings, outcome));
        return ExitCodes.DONE;
    }

    static String summary(JobSettings settings, JobRunner.Outcome outcome) {
        JdbcExtractionStore store = new JdbcExtractionStore(settings.database());
        WeekFigures f = store.computeWeekFigures(settings.corpus(), settings.scope());
        String loaded = store.loadedWeek(settings.corpus(), settings.scope().label())
                .map(w -> " (loaded from " + w.source() + ")").orElse("");
        String workbook = outcome.exitStatus() != null && outcome.exitStatus().startsWith(ReportBatchlet.EXIT_PREFIX)
                ? outcome.exitStatus().substring(ReportBatchlet.EXIT_PREFIX.length()) : settings.reports().toString();
        return String.format("press-tally: %s done%s%s: %d articles (%d rejected, %d duplicates), %d statements, "
                        + "%d casualty claims, %d reactions -> %s", settings.scope(),
                outcome.resumed() ? " (resumed execution " + outcome.executionId() + ")" : "", loaded, f.articles(), f.rejected(),
                f.duplicates(), f.statements(), f.casualties(), f.reactions(), workbook);
    }
}
