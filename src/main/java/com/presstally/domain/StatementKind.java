package com.presstally.domain;

import java.util.Locale;

/** Spec §3: wholly quoted, quoted fragments in the reporter's words, or reported speech. */
public enum StatementKind {
    DIRECT, MIXED, INDIRECT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StatementKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
