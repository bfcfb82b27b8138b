package com.presstally.domain;

import java.util.Locale;

/** What happened to the people a casualty figure counts (spec §4). */
public enum Outcome {
    KILLED, INJURED, MISSING, CAPTURED, DISPLACED, CASUALTIES;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    public static Outcome parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
