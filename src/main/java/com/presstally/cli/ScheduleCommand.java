package com.presstally.cli;

import com.presstally.domain.IsoWeek;
import com.presstally.domain.ReportScope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

@Command(name = "schedule", description = "Stays running and runs the weekly job on a cron schedule, for hosts without cron. Prints the next fire times on start; a failed run is reported and the schedule goes on; SIGTERM stops it: a run in progress gets two minutes to finish, else the next run resumes it from its checkpoint.",
        footer = {"", "Example: press-tally schedule --cron '0 6 * * MON' --time-zone Europe/Brussels"})
public final class ScheduleCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cron", paramLabel = "EXPR",
            description = "Five-field cron expression (minute hour day-of-month month day-of-week). Default: schedule.cron, '0 6 * * MON'.")
    String cron;

    @CommandLine.Mixin
    CommonOptions common = new CommonOptions();

    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Configuration c = common.resolve();
        CronSchedule schedule;
        try {
            schedule = CronSchedule.parse(cron != null ? cron : c.cron());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("--cron '" + cron + "' is not a five-field cron expression: " + e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            try {
                stopped.await(120, TimeUnit.SECONDS); // let a run in progress reach a checkpoint
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "press-tally-stop"));
        try {
            List<ZonedDateTime> next = schedule.next(ZonedDateTime.now(c.zone()), 3);
            out.println("press-tally: schedule '" + schedule + "' in " + c.zone() + "; next runs: " + next);
            out.flush();
            while (true) {
                ZonedDateTime fire = schedule.next(ZonedDateTime.now(c.zone()), 1).get(0);
                long wait = Duration.between(ZonedDateTime.now(c.zone()), fire).toMillis();
                if (stopping.await(Math.max(0, wait), TimeUnit.MILLISECONDS)) {
                    out.println("press-tally: schedule stopped");
                    return ExitCodes.DONE;
                }
                ReportScope week = new ReportScope(IsoWeek.previousComplete(fire.toLocalDate()));
                try {
                    int code = Runs.run(c, Runs.settings(c, week, common.quiet ? "off" : "lines"), false, out, err);
                    out.println("press-tally: scheduled run of " + week + " ended with exit code " + code + "; next: "
                            + schedule.next(ZonedDateTime.now(c.zone()), 1).get(0));
                } catch (ConfigurationException | RuntimeException e) {
                    err.println("press-tally: scheduled run of " + week + " failed: " + e.getMessage() + "; the schedule goes on");
                }
                out.flush();
                err.flush();
            }
        } finally {
            stopped.countDown();
        }
    }
}
