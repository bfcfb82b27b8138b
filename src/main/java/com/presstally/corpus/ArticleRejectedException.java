package com.presstally.corpus;

/**
 * An input that cannot be turned into an article. The message is the reason as the Articles sheet
 * and {@code articles.csv} show it ({@code rejected: <message>}); it names the problem, the id names
 * the file.
 */
public class ArticleRejectedException extends Exception {
    private final String articleId;

    public ArticleRejectedException(String articleId, String reason) {
        super(reason);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}
