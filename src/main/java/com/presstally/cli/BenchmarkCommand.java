package com.presstally.cli;

import com.presstally.batch.JobRunner;
import com.presstally.batch.JobSettings;
import com.presstally.bench.ExtractionBenchmark;
import com.presstally.bench.HeapWatch;
import com.presstally.bench.SyntheticCorpus;
import com.presstally.domain.Article;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ReportScope;
import com.presstally.domain.WeekFigures;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.store.jdbc.Database;
import com.presstally.store.jdbc.JdbcExtractionStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "benchmark", description = {
        "Measures speed on generated ~700-word articles (generated text only; never report on it).",
        "Without --job: the extraction core alone, on one thread, nothing stored: articles per second.",
        "With --job: the whole weekly job (read, extract, store in an H2 file database, tally, report) on a generated "
                + "week: wall time, articles per second, each step's time and the heap's peaks. Run it under the heap "
                + "limit you mean to measure, through the launcher as cron runs it, e.g. PRESS_TALLY_JAVA_OPTS=-Xmx512m "
                + "scripts/press-tally benchmark --job --articles 100000."})
public final class BenchmarkCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", defaultValue = "5000", description = "Articles to time. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--warmup", defaultValue = "2", description = "Extraction core only: untimed rounds first (JIT warm-up). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--job", description = "Run the whole weekly job instead of the extraction core alone.")
    boolean job;

    @Option(names = "--partitions", paramLabel = "N", description = "With --job: extraction partitions. Default: the number of cores.")
    Integer partitions;

    @Option(names = "--chunk-size", paramLabel = "N", description = "With --job: articles per checkpointed chunk. "
            + "Default: the job's, 50.")
    Integer chunkSize;

    @Option(names = "--heap-sample-seconds", defaultValue = "2", paramLabel = "S", description = "With --job: how often the live "
            + "heap is sampled, in seconds, 0.1 or more (each sample is a full collection, so the run is slowed: compare "
            + "heaps of two sizes at the same short interval, and time runs at the default). Default: ${DEFAULT-VALUE}.")
    double heapSampleSeconds;

    @Option(names = "--work", paramLabel = "DIR", description = "With --job: folder for the generated input, the database and the "
            + "reports, kept afterwards. Default: a temporary folder, deleted afterwards.")
    Path work;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (job) {
            return wholeJob();
        }
        List<Article> articles = SyntheticCorpus.generate(count, 42);
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(new ExtractionEngine(Lexicon.shipped()), articles, warmup);
        spec.commandLine().getOut().printf("extract: %d articles (%d words, %d items) in %.2f s on one thread: "
                        + "%.0f articles/s, %.0f words/s%n", r.articles(), r.words(), r.items(), r.seconds(),
                r.articlesPerSecond(), r.words() / r.seconds());
        return ExitCodes.DONE;
    }

    private int wholeJob() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (!(heapSampleSeconds >= 0.1)) {
            spec.commandLine().getErr().println("benchmark: --heap-sample-seconds must be 0.1 or more, not " + heapSampleSeconds);
            return ExitCodes.USAGE;
        }
        boolean temporary = work == null;
        Path root = temporary ? Files.createTempDirectory("press-tally-benchmark") : work;
        try {
            Path input = root.resolve("input");
            long generating = System.nanoTime();
            SyntheticCorpus.write(count, 42, input);
            out.printf("benchmark: %d generated articles in %s (%.1f s, not timed)%n", count, input, seconds(generating));
            Database database = new Database("jdbc:h2:file:" + root.resolve("db/press-tally").toAbsolutePath()
                    + Database.H2_FILE_SETTINGS, "", "");
            Properties p = new Properties();
            p.setProperty(JobSettings.WEEK, IsoWeek.of(SyntheticCorpus.WEEK_START).toString());
            p.setProperty(JobSettings.INPUT, input.toString());
            p.setProperty(JobSettings.REPORTS, root.resolve("reports").toString());
            p.setProperty(JobSettings.DB_URL, database.url());
            p.setProperty(JobSettings.PARTITIONS, Integer.toString(partitions != null ? partitions
                    : Runtime.getRuntime().availableProcessors()));
            if (chunkSize != null) {
                p.setProperty(JobSettings.CHUNK_SIZE, Integer.toString(chunkSize));
            }
            JobSettings settings = JobSettings.from(p);
            JobRunner runner = new JobRunner(database);
            System.gc();
            JobRunner.Outcome outcome;
            long start = System.nanoTime();
            HeapWatch heap = new HeapWatch(Duration.ofMillis(Math.round(heapSampleSeconds * 1000)));
            double wall;
            try (heap) {
                outcome = runner.run(settings);
                wall = seconds(start);
            }
            if (!outcome.completed()) {
                spec.commandLine().getErr().println("benchmark: the job ended " + outcome.status() + ": " + outcome.exitStatus());
                return ExitCodes.JOB_FAILED;
            }
            WeekFigures f = new JdbcExtractionStore(database).weekFigures(settings.corpus(),
                    List.of(settings.scope())).get(0);
            out.printf("job: %d articles in %.1f s wall: %.0f articles/s (%d partitions)%n", f.articles(), wall,
                    f.articles() / wall, settings.partitions());
            List<String> steps = new ArrayList<>();
            List<String> peaks = new ArrayList<>();
            for (JobRunner.StepTime step : runner.stepTimes(outcome.executionId())) {
                steps.add(String.format("%s %.1f s", step.step(), step.duration().toMillis() / 1000.0));
                long peak = heap.peakLiveBytes(step.start(), step.end());
                if (peak > 0) {
                    peaks.add(String.format("%s %.1f", step.step(), peak / MB));
                }
            }
            out.println("steps: " + String.join(", ", steps));
            out.printf("heap: peak live %.1f MB (%d samples, one every %s s; by step: %s), limit %d MB%n",
                    heap.peakLiveBytes() / MB, heap.samples(),
                    java.math.BigDecimal.valueOf(heapSampleSeconds).stripTrailingZeros().toPlainString(), String.join(", ", peaks),
                    HeapWatch.maxHeapBytes() >> 20);
            out.printf("found: %d statements, %d casualty claims, %d reactions%s%n", f.statements(), f.casualties(),
                    f.reactions(), temporary ? "" : "; " + outcome.exitStatus());
            return ExitCodes.DONE;
        } finally {
            if (temporary) {
                deleteTree(root);
            }
        }
    }

    private static final double MB = 1 << 20;

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
