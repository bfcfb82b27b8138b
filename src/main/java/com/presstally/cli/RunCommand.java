package com.presstally.cli;

import com.presstally.batch.JobRunner;
import com.presstally.batch.JobSettings;
import com.presstally.batch.ReportBatchlet;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.store.jdbc.Database;
import com.presstally.store.jdbc.JdbcExtractionStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;

@Command(name = "run", sortOptions = false,
        description = {"Runs the weekly job: reads the articles in the input folder, extracts statements,",
                "casualty claims and reactions, stores them, and writes reports/<week>/ with a workbook,",
                "charts and CSV files. Without --week or --all it reports the previous complete ISO week,",
                "which is what a Monday-morning cron run wants."},
        footer = {"", "Examples:", "  press-tally run                       # last week, from ./input into ./reports",
                "  press-tally run --week 2026-W47",
                "  press-tally run --all --input corpus/  # every article whatever its date, into reports/all/"})
public final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true)
    Scope scope = new Scope();

    static final class Scope {
        @Option(names = "--week", paramLabel = "YYYY-Www", description = "ISO week to report, e.g. 2026-W47.")
        String week;

        @Option(names = "--all", description = "Report every article regardless of its date (into reports/all/).")
        boolean all;
    }

    @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
            description = "Folder of articles (.txt, .md). Default: ${DEFAULT-VALUE}.")
    Path input;

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "Where reports/<week>/ is published. Default: ${DEFAULT-VALUE}.")
    Path reports;

    @Option(names = "--db", paramLabel = "JDBC-URL", defaultValue = Database.DEFAULT_URL,
            description = "Store and job repository. Default: an H2 file database under data/.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME", defaultValue = "${env:PRESS_TALLY_DB_USER:-}",
            description = "Database user (or PRESS_TALLY_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "SECRET", defaultValue = "${env:PRESS_TALLY_DB_PASSWORD:-}",
            description = "Database password (or PRESS_TALLY_DB_PASSWORD).")
    String dbPassword;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "50",
            description = "Articles per checkpointed chunk. Default: ${DEFAULT-VALUE}.")
    int chunkSize;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "Folder with your own copies of lexicon files (actors.tsv, speech-cues.tsv, ...); "
                    + "a file there replaces the shipped one of the same name.")
    Path lexicon;

    @Option(names = "--time-zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone that decides which week an article and 'last week' fall in. Default: ${DEFAULT-VALUE}.")
    String timeZone;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        JobSettings settings;
        try {
            settings = JobSettings.from(parameters());
            validate(settings);
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("press-tally: configuration error: " + e.getMessage());
            return ExitCodes.CONFIGURATION;
        }
        JobRunner.Outcome outcome = new JobRunner(settings.database()).run(settings);
        if (!outcome.completed()) {
            err.println("press-tally: " + settings.scope() + " " + outcome.status().name().toLowerCase()
                    + " (execution " + outcome.executionId() + "): " + outcome.exitStatus());
            return ExitCodes.JOB_FAILED;
        }
        out.println(summary(settings, outcome));
        return ExitCodes.DONE;
    }

    private Properties parameters() {
        Properties p = new Properties();
        String week = scope.all ? "all" : scope.week != null ? scope.week
                : IsoWeek.previousComplete(LocalDate.now(zone())).toString();
        p.setProperty(JobSettings.WEEK, week);
        p.setProperty(JobSettings.INPUT, input.toString());
        p.setProperty(JobSettings.REPORTS, reports.toString());
        p.setProperty(JobSettings.DB_URL, dbUrl);
        p.setProperty(JobSettings.DB_USER, dbUser);
        p.setProperty(JobSettings.DB_PASSWORD, dbPassword);
        p.setProperty(JobSettings.CHUNK_SIZE, Integer.toString(chunkSize));
        p.setProperty(JobSettings.LEXICON, lexicon == null ? "" : lexicon.toString());
        p.setProperty(JobSettings.TIME_ZONE, timeZone);
        return p;
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--time-zone: '" + timeZone + "' is not a time zone id such as UTC or Europe/Brussels");
        }
    }

    /** Everything that would make the job fail for a reason the operator must fix, checked before it starts. */
    static void validate(JobSettings settings) {
        if (!Files.isDirectory(settings.input())) {
            throw new IllegalArgumentException("--input: folder " + settings.input().toAbsolutePath()
                    + " does not exist");
        }
        Path reports = settings.reports().toAbsolutePath();
        if (Files.exists(reports) && !Files.isDirectory(reports)) {
            throw new IllegalArgumentException("--reports: " + reports + " is a file, not a folder");
        }
        if (settings.lexicon() != null && !Files.isDirectory(settings.lexicon())) {
            throw new IllegalArgumentException("--lexicon: folder " + settings.lexicon().toAbsolutePath()
                    + " does not exist");
        }
        try {
            new ExtractionEngine(new Lexicon(settings.lexicon()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lexicon: " + e.getMessage());
        }
        try (Connection ignored = settings.database().connect()) {
            // reachable
        } catch (Exception e) {
            throw new IllegalArgumentException("--db: " + e.getMessage());
        }
    }

    private static String summary(JobSettings settings, JobRunner.Outcome outcome) {
        List<ProcessedArticle> articles = new JdbcExtractionStore(settings.database())
                .load(settings.corpus(), settings.scope());
        long rejected = articles.stream().filter(a -> a.status() == ArticleStatus.REJECTED).count();
        long duplicates = articles.stream().filter(a -> a.status() == ArticleStatus.DUPLICATE).count();
        List<ProcessedArticle> ok = articles.stream().filter(a -> a.status() == ArticleStatus.OK).toList();
        String workbook = outcome.exitStatus() != null && outcome.exitStatus().startsWith(ReportBatchlet.EXIT_PREFIX)
                ? outcome.exitStatus().substring(ReportBatchlet.EXIT_PREFIX.length()) : settings.reports().toString();
        return String.format("press-tally: %s done: %d articles (%d rejected, %d duplicates), %d statements, "
                        + "%d casualty claims, %d reactions -> %s", settings.scope(), articles.size(), rejected, duplicates,
                ok.stream().mapToInt(a -> a.extraction().statements().size()).sum(),
                ok.stream().mapToInt(a -> a.extraction().casualties().size()).sum(),
                ok.stream().mapToInt(a -> a.extraction().reactions().size()).sum(), workbook);
    }
}
