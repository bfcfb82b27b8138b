package com.presstally.batch;

import com.presstally.corpus.NearDuplicates;
import com.presstally.domain.ProcessedArticle;
import com.presstally.report.Tally;
import com.presstally.report.Trends;
import com.presstally.store.ExtractionStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.util.List;

/** Step 3: marks exact and near (syndicated) copies, then counts the week per actor and in total, and stores both for trends. */
public class TallyBatchlet extends AbstractBatchlet {
    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        JobSettings settings = JobResources.settings(jobContext);
        ExtractionStore store = JobResources.store(settings);
        store.markCopies(settings.corpus(), NearDuplicates.originals(store.fingerprints(settings.corpus(), settings.scope())));
        List<ProcessedArticle> articles = store.load(settings.corpus(), settings.scope());
        List<ProcessedArticle> counted = articles.stream()
                .filter(a -> a.status() == com.presstally.domain.ArticleStatus.OK).toList();
        store.saveTally(settings.corpus(), settings.scope(), Tally.of(counted));
        store.saveWeekFigures(settings.corpus(), settings.scope(), Trends.of(settings.scope().label(), articles));
        return "TALLIED";
    }
}
