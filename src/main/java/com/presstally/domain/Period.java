package com.presstally.domain;

import java.util.Locale;

/** The time unit of a rate ({@code 5000 soldiers a week}); {@link #NONE} for a plain figure. */
public enum Period {
    NONE, DAY, WEEK, MONTH, YEAR;

    /** Empty for {@link #NONE}, as the exports write it. */
    public String label() {
        return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
    }

    public static Period parse(String text) {
        return text == null || text.isBlank() ? NONE : valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
