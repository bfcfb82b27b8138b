package com.presstally.batch;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.domain.WeekFigures;
import com.presstally.report.Trends;
import com.presstally.report.ReportPublisher;
import com.presstally.report.WeeklyReport;
import com.presstally.store.ExtractionStore;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step 4: renders the workbook, charts and CSV exports, and publishes them atomically under {@code reports/<week>/}. */
public class ReportBatchlet extends AbstractBatchlet {
    /** The job exit status starts with this, followed by the published workbook path. */
    public static final String EXIT_PREFIX = "report: ";

    @Inject
    JobContext jobContext;

    @Override
    public String process() throws Exception {
        JobSettings settings = JobResources.settings(jobContext);
        ExtractionStore store = JobResources.store(settings);
        ReportScope scope = settings.scope();
        Map<String, ActorTally> previous = Map.of();
        if (!scope.isAll()) {
            ReportScope before = new ReportScope(scope.week().previous());
            previous = store.tally(settings.corpus(), before).stream()
                    .collect(Collectors.toMap(ActorTally::actor, Function.identity()));
        }
        List<ProcessedArticle> articles = store.load(settings.corpus(), scope);
        List<WeekFigures> trend = scope.isAll() ? Trends.byWeekOf(articles)
                : store.weekFigures(settings.corpus(), Trends.weeksEndingWith(scope.week()));
        WeeklyReport report = new WeeklyReport(scope.label(), settings.corpus(), Instant.now(), articles,
                store.tally(settings.corpus(), scope), previous, trend);
        Path folder = ReportPublisher.publish(report, settings.reports());
        jobContext.setExitStatus(EXIT_PREFIX + folder.resolve(ReportPublisher.workbookName(scope.label())));
        return "PUBLISHED";
    }

}
