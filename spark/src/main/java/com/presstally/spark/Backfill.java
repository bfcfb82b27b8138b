package com.presstally.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code press-tally-spark}: backfills on Apache Spark. {@code extract} reads a corpus and writes
 * Parquet by ISO week; {@code load} puts one week of that Parquet into the store the weekly report
 * reads. Exit codes as the cron product's: 0 done, 1 failed, 2 usage, 3 configuration or I/O.
 */
@Command(name = "press-tally-spark", mixinStandardHelpOptions = true, subcommands = {ExtractCommand.class, LoadCommand.class},
        description = "Backfills of Press Tally on Apache Spark: extract a corpus to Parquet, load a week into the store.")
public final class Backfill implements Runnable {
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int CONFIGURATION = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new Backfill()).execute(args);
        if (code != DONE) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: extract or load");
    }
}
