package com.presstally.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;

@Command(name = "press-tally", mixinStandardHelpOptions = true, version = "press-tally 0.1",
        description = "Turns a folder of news articles into a weekly briefing: who said what, casualty claims, and who reacted how, as an Excel workbook with charts and CSV exports.",
        subcommands = {RunCommand.class, ScheduleCommand.class, RestartCommand.class, StatusCommand.class, CompactCommand.class,
                BenchmarkCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 job failed, 2 usage error, 3 configuration or I/O error, 4 locked by another run.",
                "Run 'press-tally help run' for the options of the weekly run."})
public final class PressTallyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The configured command line: usage errors exit 2; a configuration error or any other unexpected
     * error prints one line and exits 3; a held lock exits 4.
     */
    public static CommandLine commandLine() {
        quietLogging();
        CommandLine cl = new CommandLine(new PressTallyCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof com.presstally.batch.LockedException) {
                commandLine.getErr().println("press-tally: locked: " + e.getMessage());
                return ExitCodes.LOCKED;
            }
            String prefix = e instanceof ConfigurationException ? "configuration error: " : "";
            commandLine.getErr().println("press-tally: " + prefix + e.getMessage());
            return ExitCodes.CONFIGURATION;
        });
        return cl;
    }

    private static void quietLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream in = PressTallyCommand.class.getResourceAsStream("/logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            System.err.println("press-tally: cannot read logging settings: " + e.getMessage());
        }
    }
}
