package com.presstally.cli;

import com.presstally.batch.JobRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", description = "Lists recent executions: week, status, start and end, articles read, skipped (outside the week) and stored, and the report path or the failure.")
public final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line, for monitoring.")
    boolean json;

    @Option(names = "--limit", defaultValue = "10", description = "How many executions. Default: ${DEFAULT-VALUE}.")
    int limit;

    @CommandLine.Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws ConfigurationException {
        List<JobRunner.ExecutionInfo> executions = new JobRunner(common.resolve().database()).executions(limit);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf("%-9s %-9s %-10s %-20s %-20s %6s %7s %6s  %s%n", "execution", "week", "status", "started", "ended",
                    "read", "skipped", "stored", "report or reason");
        }
        for (JobRunner.ExecutionInfo e : executions) {
            if (json) {
                out.println("{\"execution\":" + e.executionId() + ",\"week\":" + str(e.week()) + ",\"input\":" + str(e.input())
                        + ",\"status\":" + str(e.status().name()) + ",\"started\":" + str(e.start()) + ",\"ended\":"
                        + str(e.end()) + ",\"read\":" + e.read() + ",\"skipped\":" + e.filtered() + ",\"stored\":"
                        + e.written() + ",\"exit\":" + str(e.exitStatus()) + "}");
            } else {
                out.printf("%-9d %-9s %-10s %-20s %-20s %6d %7d %6d  %s%n", e.executionId(), e.week(), e.status(),
                        time(e.start()), time(e.end()), e.read(), e.filtered(), e.written(),
                        e.exitStatus() == null ? "" : e.exitStatus());
            }
        }
        return ExitCodes.DONE;
    }

    private static String time(Object instant) {
        return instant == null ? "-" : instant.toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z");
    }

    private static String str(Object value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : value.toString().toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
