package com.presstally.batch;

import com.presstally.domain.ProcessedArticle;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chunk of processed articles to the store in one transaction. The store replaces rows by
 * article id, so the chunk a restart repeats is written again, not added twice.
 */
public class ExtractionWriter extends AbstractItemWriter {
    @Inject
    JobContext jobContext;

    private int written;

    @Override
    public void writeItems(List<Object> items) {
        JobSettings settings = JobResources.settings(jobContext);
        List<ProcessedArticle> batch = new ArrayList<>();
        for (Object item : items) {
            batch.add((ProcessedArticle) item);
        }
        if (settings.failAfterArticles() > 0 && written + batch.size() > settings.failAfterArticles()) {
            throw new IllegalStateException("injected fault after " + written + " articles (failAfterArticles="
                    + settings.failAfterArticles() + ")");
        }
        // partitions extract in parallel but write one at a time: H2 times out on concurrent writers to one table
        synchronized (JobResources.writeLock(settings.database().url())) {
            JobResources.store(settings).save(settings.corpus(), settings.scope(), batch);
        }
        written += batch.size();
    }
}
