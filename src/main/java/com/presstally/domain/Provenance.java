package com.presstally.domain;

import java.util.Objects;

/**
 * Why an item is in the report: the rule that produced it, the sentence it came from and its
 * character span in {@link Article#body()}.
 */
public record Provenance(String articleId, String ruleId, String sentence, int start, int end) {
    public Provenance {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(ruleId, "ruleId");
        sentence = sentence == null ? "" : sentence;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
