package com.presstally.domain;

import java.util.Locale;

/** What became of an input file: read and extracted, a copy of another article, or not readable. */
public enum ArticleStatus {
    OK, DUPLICATE, REJECTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
