package com.presstally.domain;

import java.util.Locale;

/** What became of an input file: read and extracted, a copy of another article, or not readable. */
public enum ArticleStatus {
    OK, DUPLICATE, REJECTED;

    private final String label = name().toLowerCase(Locale.ROOT);

    public String label() {
        return label;
    }

    private static final Labels<ArticleStatus> LABELS = new Labels<>(ArticleStatus.class, ArticleStatus::label);

    public static ArticleStatus parse(String text) {
        return LABELS.parse(text);
    }
}
