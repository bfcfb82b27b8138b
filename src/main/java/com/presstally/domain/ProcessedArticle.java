package com.presstally.domain;

import java.util.Objects;

/**
 * One input after reading and extraction, as the store keeps it. A rejected input has no article
 * metadata beyond its id, a reason, and no extraction.
 *
 * @param copies how many copies of this story its scope holds, on the story's original (0 on every other
 *               article); the tally counts them when it marks the copies
 */
public record ProcessedArticle(String id, Article article, ArticleStatus status, String reason, String fingerprint,
                               String nearFingerprint, Extraction extraction, int copies) {
    public ProcessedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        if (copies < 0) {
            throw new IllegalArgumentException("copies of " + id + " below zero: " + copies);
        }
        reason = reason == null ? "" : reason;
        fingerprint = fingerprint == null ? "" : fingerprint;
        nearFingerprint = nearFingerprint == null ? "" : nearFingerprint;
        extraction = extraction == null ? Extraction.EMPTY : extraction;
        if (status != ArticleStatus.REJECTED) {
            Objects.requireNonNull(article, "article");
        }
    }

    public static ProcessedArticle ok(Article article, String fingerprint, Extraction extraction) {
        return ok(article, fingerprint, "", extraction);
    }

    /** @param nearFingerprint a signature that finds near-copies of the same story, or "" */
    public static ProcessedArticle ok(Article article, String fingerprint, String nearFingerprint, Extraction extraction) {
        return new ProcessedArticle(article.id(), article, ArticleStatus.OK, "", fingerprint, nearFingerprint, extraction, 0);
    }

    public static ProcessedArticle rejected(String id, String reason) {
        return new ProcessedArticle(id, null, ArticleStatus.REJECTED, reason, "", "", Extraction.EMPTY, 0);
    }

    /** The status as {@code articles.csv} writes it: {@code ok}, {@code duplicate}, {@code rejected: <reason>}. */
    public String statusText() {
        return status == ArticleStatus.REJECTED ? "rejected: " + reason : status.label();
    }
}
