package com.presstally.batch;

import com.presstally.corpus.ArticleRejectedException;
import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.InputItem;
import com.presstally.domain.Article;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;
import com.presstally.pipeline.ArticlePipeline;
import com.presstally.store.ExtractionStore;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reads and extracts one article. An article that cannot be read, or that the extractor fails on,
 * becomes a rejected record with the reason, so one bad file never stops the week. Articles
 * published outside the report's week, or in a week loaded from a backfill, are filtered out.
 */
public class ArticleProcessor implements ItemProcessor {
    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class.getName());

    @Inject
    JobContext jobContext;

    private JobSettings settings;
    private CorpusFolder corpus;
    private ArticlePipeline pipeline;
    private Set<String> loadedWeeks;

    @Override
    public Object processItem(Object item) {
        if (settings == null) {
            settings = JobResources.settings(jobContext);
            corpus = JobResources.corpus(settings);
            pipeline = new ArticlePipeline(JobResources.engine(settings));
            loadedWeeks = JobResources.store(settings).loadedWeeks(settings.corpus()).stream()
                    .map(ExtractionStore.LoadedWeek::week).collect(Collectors.toSet());
        }
        InputItem input = (InputItem) item;
        Article article;
        if (input instanceof InputItem.Rejected r) {
            LOG.warning(() -> "rejected " + r.id() + ": " + r.reason());
            return ProcessedArticle.rejected(r.id(), r.reason());
        } else if (input instanceof InputItem.RecordItem r) {
            article = r.article();
        } else {
            try {
                article = corpus.read(input.id());
            } catch (ArticleRejectedException e) {
                LOG.warning(() -> "rejected " + input.id() + ": " + e.getMessage());
                return ProcessedArticle.rejected(input.id(), e.getMessage());
            }
        }
        if (!settings.scope().includes(article.published())) {
            return null;
        }
        if (article.published() != null && loadedWeeks.contains(IsoWeek.of(article.published()).toString())) {
            return null; // its week came from a backfill load, which only another load replaces
        }
        return pipeline.process(article);
    }
}
