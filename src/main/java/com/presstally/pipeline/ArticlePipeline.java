package com.presstally.pipeline;

import com.presstally.corpus.ContentFingerprint;
import com.presstally.corpus.NearDuplicates;
import com.presstally.domain.Article;
import com.presstally.domain.ProcessedArticle;
import com.presstally.extract.ArticleExtractor;

/**
 * From a read article to what the store keeps: its exact and near-copy fingerprints and its
 * extraction. The weekly job's processor and the Spark backfill both call this, so a backfilled week
 * holds the same rows as a week the job read. An extractor failure rejects the one article.
 */
public final class ArticlePipeline {
    private final ArticleExtractor extractor;

    public ArticlePipeline(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public ProcessedArticle process(Article article) {
        try {
            return ProcessedArticle.ok(article, ContentFingerprint.of(article), NearDuplicates.signature(article),
                    extractor.extract(article));
        } catch (RuntimeException e) {
            return ProcessedArticle.rejected(article.id(), "extraction failed: " + e);
        }
    }
}
