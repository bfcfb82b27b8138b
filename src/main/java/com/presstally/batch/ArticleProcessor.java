package com.presstally.batch;

import com.presstally.corpus.ArticleRejectedException;
import com.presstally.corpus.ContentFingerprint;
import com.presstally.corpus.CorpusFolder;
import com.presstally.domain.Article;
import com.presstally.domain.ProcessedArticle;
import com.presstally.extract.ArticleExtractor;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads and extracts one article. An article that cannot be read, or that the extractor fails on,
 * becomes a rejected record with the reason, so one bad file never stops the week. Articles
 * published outside the report's week are filtered out.
 */
public class ArticleProcessor implements ItemProcessor {
    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class.getName());

    @Inject
    JobContext jobContext;

    private JobSettings settings;
    private CorpusFolder corpus;
    private ArticleExtractor engine;

    @Override
    public Object processItem(Object item) {
        if (settings == null) {
            settings = JobResources.settings(jobContext);
            corpus = JobResources.corpus(settings);
            engine = JobResources.engine(settings);
        }
        String id = (String) item;
        Article article;
        try {
            article = corpus.read(id);
        } catch (ArticleRejectedException e) {
            LOG.warning(() -> "rejected " + id + ": " + e.getMessage());
            return ProcessedArticle.rejected(id, e.getMessage());
        }
        if (!settings.scope().includes(article.published())) {
            return null;
        }
        try {
            return ProcessedArticle.ok(article, ContentFingerprint.of(article), engine.extract(article));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "extraction failed on " + id, e);
            return ProcessedArticle.rejected(id, "extraction failed: " + e);
        }
    }
}
