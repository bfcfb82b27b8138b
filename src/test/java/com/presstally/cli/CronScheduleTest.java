package com.presstally.cli;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CronScheduleTest {
    @Test
    void mondaySixOClockAsWritten() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        List<ZonedDateTime> next = CronSchedule.parse("0 6 * * MON")
                .next(ZonedDateTime.of(2026, 11, 26, 15, 0, 0, 0, brussels), 3);
        assertEquals(List.of(ZonedDateTime.of(2026, 11, 30, 6, 0, 0, 0, brussels),
                ZonedDateTime.of(2026, 12, 7, 6, 0, 0, 0, brussels),
                ZonedDateTime.of(2026, 12, 14, 6, 0, 0, 0, brussels)), next);
    }

    @Test
    void firesAtLocalTimeAcrossADaylightSavingChange() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        ZonedDateTime next = CronSchedule.parse("0 6 * * MON").next(ZonedDateTime.of(2027, 3, 26, 12, 0, 0, 0, brussels), 1).get(0);
        assertEquals(ZonedDateTime.of(2027, 3, 29, 6, 0, 0, 0, brussels), next);
        assertEquals(2, next.getOffset().getTotalSeconds() / 3600, "summer time after the change");
    }

    @Test
    void aFireTimeIsStrictlyAfterNow() {
        ZoneId utc = ZoneId.of("UTC");
        ZonedDateTime monday6 = ZonedDateTime.of(2026, 11, 30, 6, 0, 0, 0, utc);
        assertEquals(monday6.plusWeeks(1), CronSchedule.parse("0 6 * * MON").next(monday6, 1).get(0));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("every monday"));
        assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse("61 6 * * MON"));
    }
}
