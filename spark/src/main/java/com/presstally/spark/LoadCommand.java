package com.presstally.spark;

import com.presstally.domain.IsoWeek;
import com.presstally.store.jdbc.Database;
import com.presstally.store.jdbc.WeekLoad;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads one ISO week of extract's Parquet into the store the weekly report reads (H2 or PostgreSQL 15+), "
                + "in one transaction: staging tables, then upserts by deterministic ids. Loading a week again leaves the "
                + "same rows. Then `press-tally run --week W` reports it without reading the input folder."})
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--parquet", required = true, paramLabel = "URI", description = "What extract wrote (its --output).")
    String parquet;

    @Option(names = "--week", required = true, paramLabel = "YYYY-Www", description = "The ISO week to load.")
    String week;

    @Option(names = "--db", defaultValue = Database.DEFAULT_URL, paramLabel = "JDBC_URL",
            description = "The weekly job's database. Default: ${DEFAULT-VALUE}.")
    String db;

    @Option(names = "--db-user", defaultValue = "", description = "Database user.")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:PRESS_TALLY_DB_PASSWORD}",
            description = "Database password. Default: the PRESS_TALLY_DB_PASSWORD environment variable.")
    String password;

    @Option(names = "--corpus", defaultValue = "input", paramLabel = "DIR",
            description = "The input folder of the weekly runs that report this week (the store keys rows by it). "
                    + "Default: ${DEFAULT-VALUE}, as the weekly job's.")
    String corpus;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not started by spark-submit, e.g. local[2].")
    String master;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Database database;
        String isoWeek;
        try {
            isoWeek = IsoWeek.parse(week).toString();
            database = new Database(db, user, password);
        } catch (IllegalArgumentException e) {
            err.println("press-tally-spark: configuration error: " + e.getMessage());
            return Backfill.CONFIGURATION;
        }
        String corpusKey = Path.of(corpus).toAbsolutePath().normalize().toString();
        SparkSession spark = Sessions.create("press-tally load " + isoWeek, master);
        try {
            WeekLoad.Loaded loaded = WeekLoader.load(spark, parquet, isoWeek, database, corpusKey);
            out.printf("press-tally-spark: loaded %s: %d articles, %d statements, %d casualty claims, %d reactions "
                            + "(extractor %s) into %s for %s%n", loaded.week(), loaded.articles(), loaded.statements(),
                    loaded.casualties(), loaded.reactions(), loaded.extractorVersions(), db, corpusKey);
            return Backfill.DONE;
        } catch (IllegalArgumentException e) {
            err.println("press-tally-spark: " + e.getMessage());
            return Backfill.CONFIGURATION;
        } catch (Exception e) {
            // Spark's AnalysisException is checked in Java's eyes yet undeclared: a missing or unreadable folder
            if (e instanceof AnalysisException || e.getCause() instanceof AnalysisException) {
                err.println("press-tally-spark: cannot read " + parquet + ": " + e.getMessage());
                return Backfill.CONFIGURATION;
            }
            throw e;
        }
    }
}
