package com.presstally.batch;

import com.presstally.store.jdbc.Database;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.runtime.JobExecutionImpl;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Starts and restarts the weekly job and waits for it: the one door the CLI and tests use. */
public final class JobRunner {
    public static final String JOB_NAME = "weekly-report";
    private static final Map<String, JobOperator> OPERATORS = new ConcurrentHashMap<>();

    /** How a run ended: its execution id, batch status and exit status (the failure reason or the report path). */
    public record Outcome(long executionId, BatchStatus status, String exitStatus) {
        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }
    }

    private final JobOperator operator;

    public JobRunner(Database database) {
        this.operator = OPERATORS.computeIfAbsent(database.url() + "\u0000" + database.user(),
                k -> new JobOperatorImpl(new PressTallyBatchEnvironment(database)));
    }

    public Outcome run(JobSettings settings) throws InterruptedException {
        return await(operator.start(JOB_NAME, settings.toParameters()));
    }

    /** Restarts a failed or stopped execution from its last checkpoint; {@code overrides} replace job parameters. */
    public Outcome restart(long executionId, Properties overrides) throws InterruptedException {
        return await(operator.restart(executionId, overrides));
    }

    public JobOperator operator() {
        return operator;
    }

    private Outcome await(long executionId) throws InterruptedException {
        JobExecution execution = operator.getJobExecution(executionId);
        ((JobExecutionImpl) execution).awaitTermination(0, TimeUnit.SECONDS);
        execution = operator.getJobExecution(executionId);
        return new Outcome(executionId, execution.getBatchStatus(), execution.getExitStatus());
    }
}
