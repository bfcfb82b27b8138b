package com.presstally.cli;

import com.presstally.domain.IsoWeek;
import com.presstally.domain.ReportScope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "run", sortOptions = false,
        description = "Runs the weekly job: reads the articles in the input folder, extracts statements, casualty claims and reactions, stores them, and writes reports/<week>/ with a workbook, charts and CSV files. Without --week or --all it reports the previous complete ISO week, which is what a Monday-morning cron run wants. If the last run of the same week failed or was killed, this run resumes it from its last checkpoint.",
        footer = {"", "Examples:", "  press-tally run                       # last week, from ./input into ./reports",
                "  press-tally run --week 2026-W47",
                "  press-tally run --all --input corpus/  # every article whatever its date, into reports/all/",
                "  press-tally run --config /etc/press-tally.properties",
                "", "Exit codes: 0 done, 1 job failed, 2 usage, 3 configuration or I/O, 4 locked by another run."})
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

    @Option(names = "--reread-input", description = "For a week loaded from a Spark backfill (reported from the store "
            + "by default): replace its rows with what the input folder holds, and no longer treat it as loaded.")
    boolean rereadInput;

    @CommandLine.Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        Configuration c = common.resolve();
        ReportScope chosen;
        try {
            chosen = scope.all ? ReportScope.all() : scope.week != null ? ReportScope.parse(scope.week)
                    : new ReportScope(IsoWeek.previousComplete(LocalDate.now(c.zone())));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--week: " + e.getMessage());
        }
        if (rereadInput && chosen.isAll()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reread-input names one week: use it with --week");
        }
        return Runs.run(c, Runs.settings(c, chosen, Runs.progressMode(common.quiet)), rereadInput,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
