package com.presstally.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2026-W47}: Monday to Sunday, week 1 holds the year's first Thursday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("week " + week + " does not exist in ISO year " + year);
        }
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Parses {@code 2026-W47}; the message of the exception says what form is expected. */
    public static IsoWeek parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("week '" + text + "' is not of the form YYYY-Www, e.g. 2026-W47");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The last week that has fully ended before {@code today}: what a Monday cron run reports. */
    public static IsoWeek previousComplete(LocalDate today) {
        return of(today).previous();
    }

    public LocalDate monday() {
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        return jan4.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate date) {
        return date != null && of(date).equals(this);
    }

    public IsoWeek previous() {
        return of(monday().minusDays(7));
    }

    public IsoWeek next() {
        return of(monday().plusDays(7));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    /** {@code 2026-W47}; built by hand, as tolls and rows ask for it per item and String.format parses its pattern per call. */
    @Override
    public String toString() {
        if (year < 0 || year > 9999) {
            return String.format("%04d-W%02d", year, week);
        }
        char[] text = {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10), (char) ('0' + year / 10 % 10),
                (char) ('0' + year % 10), '-', 'W', (char) ('0' + week / 10), (char) ('0' + week % 10)};
        return new String(text);
    }
}
