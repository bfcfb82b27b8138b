package com.presstally.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoWeekTest {
    @Test
    void labelIsFourDigitYearAndTwoDigitWeek() {
        assertEquals("2026-W47", IsoWeek.of(LocalDate.of(2026, 11, 20)).toString());
        assertEquals("2026-W01", IsoWeek.of(LocalDate.of(2025, 12, 29)).toString(), "week 1 holds the first Thursday");
        assertEquals("2020-W53", IsoWeek.of(LocalDate.of(2021, 1, 3)).toString());
        assertEquals("0999-W05", new IsoWeek(999, 5).toString());
        assertEquals("10000-W01", new IsoWeek(10000, 1).toString());
    }

    @Test
    void everyWeekOfTwoCenturiesReadsBackFromItsLabel() {
        for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2100; day = day.plusWeeks(1)) {
            IsoWeek week = IsoWeek.of(day);
            assertEquals(String.format("%04d-W%02d", week.year(), week.week()), week.toString());
            assertEquals(week, IsoWeek.parse(week.toString()));
        }
    }

    @Test
    void aMalformedWeekSaysWhatFormIsExpected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2026-47"));
        assertEquals("week '2026-47' is not of the form YYYY-Www, e.g. 2026-W47", e.getMessage());
    }
}
