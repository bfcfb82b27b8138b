package com.presstally.domain;

import java.util.Locale;

/** How a casualty figure is hedged (spec §4). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, UP_TO, ABOUT, FEWER_THAN, VAGUE;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    private static final Labels<Qualifier> LABELS = new Labels<>(Qualifier.class, Qualifier::label);

    public static Qualifier parse(String text) {
        return LABELS.parse(text);
    }
}
