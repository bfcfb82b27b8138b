package com.presstally.cli;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** A five-field Unix cron expression ({@code 0 6 * * MON}) and its next fire times (cron-utils). */
public final class CronSchedule {
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ExecutionTime times;

    private CronSchedule(String expression, ExecutionTime times) {
        this.expression = expression;
        this.times = times;
    }

    public static CronSchedule parse(String expression) {
        try {
            return new CronSchedule(expression, ExecutionTime.forCron(UNIX.parse(expression.trim())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The next fire times strictly after {@code from}, in its zone. */
    public List<ZonedDateTime> next(ZonedDateTime from, int count) {
        List<ZonedDateTime> result = new ArrayList<>();
        ZonedDateTime t = from;
        for (int i = 0; i < count; i++) {
            t = times.nextExecution(t).orElseThrow(() -> new IllegalStateException("'" + expression + "' never fires"));
            result.add(t);
        }
        return result;
    }

    @Override
    public String toString() {
        return expression;
    }
}
