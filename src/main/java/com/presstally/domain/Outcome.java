package com.presstally.domain;

import java.util.Locale;

/** What happened to the people a casualty figure counts (spec §4). */
public enum Outcome {
    KILLED, INJURED, MISSING, CAPTURED, DISPLACED, CASUALTIES;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    private static final Labels<Outcome> LABELS = new Labels<>(Outcome.class, Outcome::label);

    public static Outcome parse(String text) {
        return LABELS.parse(text);
    }
}
