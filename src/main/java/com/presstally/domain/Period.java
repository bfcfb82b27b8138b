package com.presstally.domain;

import java.util.Locale;

/** The time unit of a rate ({@code 5000 soldiers a week}); {@link #NONE} for a plain figure. */
public enum Period {
    NONE, DAY, WEEK, MONTH, YEAR;

    // constants are built before NONE is assigned, so the initializer tells NONE by its name
    private final String label = name().equals("NONE") ? "" : name().toLowerCase(Locale.ROOT);

    /** Empty for {@link #NONE}, as the exports write it. */
    public String label() {
        return label;
    }

    private static final Labels<Period> LABELS = new Labels<>(Period.class, Period::label);

    public static Period parse(String text) {
        return text == null || text.isBlank() ? NONE : LABELS.parse(text);
    }
}
