package com.presstally.spark;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads a corpus (a local folder or any Hadoop-compatible URI: hdfs://, s3a://, ...) in the formats the "
                + "weekly job reads, extracts every article with the weekly job's extractor, and writes the store's rows "
                + "as Parquet under OUTPUT/{articles,statements,casualties,reactions}/iso_week=YYYY-Www/.",
                "Re-running replaces the weeks the corpus holds and leaves other weeks alone."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "URI", description = "The corpus folder, read at any depth.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "The Parquet folder to write.")
    String output;

    @Option(names = "--time-zone", defaultValue = "UTC", description = "Zone of dates without one. Default: ${DEFAULT-VALUE}.")
    String timeZone;

    @Option(names = "--max-article-bytes", defaultValue = "10485760",
            description = "Larger files are rejected, not read. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--fields", paramLabel = "MAP", description = "Field mapping of CSV and JSON exports, as the weekly job's --fields.")
    String fields;

    @Option(names = "--lexicon", paramLabel = "DIR",
            description = "A folder of word lists overriding the shipped ones; it must exist on every executor.")
    String lexicon;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Tasks to spread the files over; 0 = one per 500 files, at least the default parallelism.")
    int partitions;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not started by spark-submit, e.g. local[2].")
    String master;

    @Option(names = "--fail-first-attempts", hidden = true,
            description = "Fail every task's first attempt after its first file (to test recovery).")
    boolean failFirstAttempts;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractSettings settings;
        try {
            settings = new ExtractSettings(input, output, timeZone, maxBytes, fields, lexicon, failFirstAttempts);
        } catch (IllegalArgumentException e) {
            err.println("press-tally-spark: configuration error: " + e.getMessage());
            return Backfill.CONFIGURATION;
        }
        SparkSession spark = Sessions.create("press-tally extract " + input, master);
        long start = System.nanoTime();
        SparkExtraction.Summary summary;
        try {
            summary = SparkExtraction.run(spark, settings, partitions);
        } catch (IllegalArgumentException e) {
            err.println("press-tally-spark: " + e.getMessage());
            return Backfill.CONFIGURATION;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Map.Entry<String, Map<String, Long>> week : summary.weeks().entrySet()) {
            Map<String, Long> n = week.getValue();
            out.printf(Locale.ROOT, "  %s: %d articles (%d rejected), %d statements, %d casualty claims, %d reactions%n",
                    week.getKey(), n.getOrDefault("articles", 0L), n.getOrDefault("rejected", 0L),
                    n.getOrDefault("statements", 0L), n.getOrDefault("casualties", 0L), n.getOrDefault("reactions", 0L));
        }
        StringBuilder phases = new StringBuilder();
        summary.seconds().forEach((phase, s) -> phases.append(phases.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f s", phase, s)));
        out.println("  " + phases);
        long articles = summary.total("articles");
        out.printf(Locale.ROOT, "press-tally-spark: extracted %d files, %d articles in %d weeks in %.1f s (%.0f articles/s) -> %s%n",
                summary.files(), articles, summary.weeks().size(), seconds, articles / Math.max(seconds, 1e-9), output);
        return Backfill.DONE;
    }
}
