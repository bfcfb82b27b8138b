package com.presstally.batch;

import com.presstally.store.jdbc.Database;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import org.jberet.operations.JobOperatorImpl;
import org.jberet.runtime.JobExecutionImpl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Starts, resumes and restarts the weekly job and waits for it: the one door the CLI and tests use. */
public final class JobRunner {
    public static final String JOB_NAME = "weekly-report";
    private static final Map<String, JobOperator> OPERATORS = new ConcurrentHashMap<>();

    /** How a run ended: its execution id, batch status, exit status (the failure or the report path), and whether it resumed. */
    public record Outcome(long executionId, BatchStatus status, String exitStatus, boolean resumed) {
        public boolean completed() {
            return status == BatchStatus.COMPLETED;
        }
    }

    /** When one step of an execution started and ended. */
    public record StepTime(String step, Instant start, Instant end) {
        public java.time.Duration duration() {
            return java.time.Duration.between(start, end);
        }
    }

    /** One execution as {@code status} lists it. */
    public record ExecutionInfo(long executionId, long instanceId, String week, String input, BatchStatus status,
                                Instant start, Instant end, long read, long filtered, long written, String exitStatus) {
    }

    private final Database database;
    private final JobOperator operator;

    public JobRunner(Database database) {
        Databases.register(database);
        this.database = database;
        this.operator = OPERATORS.computeIfAbsent(database.url() + "\u0000" + database.user(),
                k -> new JobOperatorImpl(new PressTallyBatchEnvironment(database)));
    }

    /** Starts a new execution of the weekly job. */
    public Outcome run(JobSettings settings) throws InterruptedException {
        return await(operator.start(JOB_NAME, settings.toParameters()), false);
    }

    /**
     * Runs a scope, resuming it when its last execution failed, was stopped or died: the resumed run
     * continues from the last checkpoint. Call it only while holding the {@link RunLock} and running
     * nothing else on this store: an execution the repository still calls running then belongs to a
     * process that is gone.
     */
    public Outcome runOrResume(JobSettings settings) throws InterruptedException {
        markDeadExecutionsFailed();
        Optional<ExecutionInfo> last = executions(200).stream()
                .filter(e -> Objects.equals(e.week(), settings.scope().label())
                        && Objects.equals(e.input(), settings.input().toString()))
                .max(Comparator.comparingLong(ExecutionInfo::executionId));
        if (last.isPresent() && (last.get().status() == BatchStatus.FAILED || last.get().status() == BatchStatus.STOPPED)) {
            Properties overrides = settings.toParameters();
            return await(operator.restart(last.get().executionId(), overrides), true);
        }
        return run(settings);
    }

    /**
     * Restarts a failed, stopped or dead execution from its last checkpoint; {@code overrides} replace
     * job parameters. The same precondition as {@link #runOrResume}.
     */
    public Outcome restart(long executionId, Properties overrides) throws InterruptedException {
        markDeadExecutionsFailed();
        return await(operator.restart(executionId, overrides), true);
    }

    /** Asks a running execution to stop after its current chunk. */
    public void stop(long executionId) {
        operator.stop(executionId);
    }

    /**
     * How long each step of an execution took, in the order they ran (a step still running is left
     * out). Read from the repository's table: in the process that ran it, JBeret's cached execution
     * of a partitioned step carries the partitions' start as its end.
     */
    public List<StepTime> stepTimes(long executionId) {
        List<StepTime> steps = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement("SELECT STEPNAME, STARTTIME, "
                + "ENDTIME FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND ENDTIME IS NOT NULL ORDER BY STEPEXECUTIONID")) {
            ps.setLong(1, executionId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(new StepTime(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the step times of execution " + executionId + ": " + e.getMessage(), e);
        }
        return steps;
    }

    /** The most recent executions, newest first. */
    public List<ExecutionInfo> executions(int limit) {
        List<ExecutionInfo> result = new ArrayList<>();
        int count;
        try {
            count = operator.getJobInstanceCount(JOB_NAME);
        } catch (jakarta.batch.operations.NoSuchJobException neverRun) {
            return result;
        }
        for (JobInstance instance : operator.getJobInstances(JOB_NAME, 0, Math.min(count, limit))) {
            for (JobExecution e : operator.getJobExecutions(instance)) {
                Properties p = e.getJobParameters() == null ? new Properties() : e.getJobParameters();
                long read = 0;
                long filtered = 0;
                long written = 0;
                for (StepExecution step : operator.getStepExecutions(e.getExecutionId())) {
                    if (step.getStepName().equals("extract")) {
                        for (Metric m : step.getMetrics()) {
                            switch (m.getType()) {
                                case READ_COUNT -> read = m.getValue();
                                case FILTER_COUNT -> filtered = m.getValue();
                                case WRITE_COUNT -> written = m.getValue();
                                default -> { }
                            }
                        }
                    }
                }
                result.add(new ExecutionInfo(e.getExecutionId(), instance.getInstanceId(), p.getProperty(JobSettings.WEEK),
                        p.getProperty(JobSettings.INPUT), e.getBatchStatus(),
                        e.getStartTime() == null ? null : e.getStartTime().toInstant(),
                        e.getEndTime() == null ? null : e.getEndTime().toInstant(), read, filtered, written, e.getExitStatus()));
            }
        }
        result.sort(Comparator.comparingLong(ExecutionInfo::executionId).reversed());
        return result.subList(0, Math.min(limit, result.size()));
    }

    /**
     * An execution the repository still calls starting or started, while this process holds the run
     * lock and runs nothing, died with its process (killed, power cut). It is marked failed so it can
     * be restarted from its last checkpoint.
     */
    private void markDeadExecutionsFailed() {
        try (Connection c = database.connect()) {
            for (String table : List.of("STEP_EXECUTION", "JOB_EXECUTION")) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET BATCHSTATUS = 'FAILED', "
                        + "EXITSTATUS = 'died with its process; resumable' WHERE BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the job repository for dead executions: " + e.getMessage(), e);
        }
    }

    private Outcome await(long executionId, boolean resumed) throws InterruptedException {
        JobExecution execution = operator.getJobExecution(executionId);
        ((JobExecutionImpl) execution).awaitTermination(0, TimeUnit.SECONDS);
        execution = operator.getJobExecution(executionId);
        return new Outcome(executionId, execution.getBatchStatus(), execution.getExitStatus(), resumed);
    }
}
