package com.presstally.cli;

import com.presstally.batch.JobRunner;
import com.presstally.batch.RunLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Properties;
import java.util.concurrent.Callable;

@Command(name = "restart", description = "Resumes a failed, stopped or killed execution from its last checkpoint. 'press-tally status' lists executions and their ids. A plain 'run' of the same week does this too.")
public final class RestartCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EXECUTION", description = "The execution id to resume.")
    long executionId;

    @CommandLine.Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        Configuration c = common.resolve();
        JobRunner runner = new JobRunner(c.database());
        try (RunLock lock = c.lock()) {
            Properties overrides = new Properties();
            overrides.setProperty("progress", Runs.progressMode(common.quiet));
            JobRunner.Outcome outcome = runner.restart(executionId, overrides);
            if (!outcome.completed()) {
                spec.commandLine().getErr().println("press-tally: execution " + outcome.executionId() + " "
                        + outcome.status().name().toLowerCase() + ": " + outcome.exitStatus());
                return ExitCodes.JOB_FAILED;
            }
            spec.commandLine().getOut().println("press-tally: resumed as execution " + outcome.executionId() + ", done: "
                    + outcome.exitStatus());
            return ExitCodes.DONE;
        } catch (jakarta.batch.operations.BatchRuntimeException e) {
            spec.commandLine().getErr().println("press-tally: cannot restart execution " + executionId + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
