package com.presstally.domain;

import java.util.Locale;

/** Spec §3: wholly quoted, quoted fragments in the reporter's words, or reported speech. */
public enum StatementKind {
    DIRECT, MIXED, INDIRECT;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    private static final Labels<StatementKind> LABELS = new Labels<>(StatementKind.class, StatementKind::label);

    public static StatementKind parse(String text) {
        return LABELS.parse(text);
    }
}
