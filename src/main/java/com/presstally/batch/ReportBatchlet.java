package com.presstally.batch;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ReportScope;
import com.presstally.domain.WeekFigures;
import com.presstally.report.CasualtyTolls;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Step 4: renders the workbook, charts and CSV exports, and publishes them atomically under {@code reports/<week>/}. */
public class ReportBatchlet extends AbstractBatchlet {
    /** The job exit status starts with this, followed by the published workbook path. */
    public static final String EXIT_PREFIX = "report: ";

    @Inject
    JobContext jobContext;

    /** For a report of every date: the last weeks the corpus's articles fall in, counted in the database. */
    private static List<WeekFigures> trendOfAllWeeks(ExtractionStore store, String corpus) {
        List<String> weeks = store.weeks(corpus);
        List<WeekFigures> trend = new java.util.ArrayList<>();
        for (String week : weeks.subList(Math.max(0, weeks.size() - Trends.WEEKS), weeks.size())) {
            ReportScope scope = ReportScope.parse(week);
            ExtractionStore.WeekTally counted = store.computeWeek(corpus, scope); // both from one walk
            WeekFigures f = counted.figures();
            Map<String, Integer> byActor = new java.util.LinkedHashMap<>();
            counted.actors().forEach(t -> byActor.put(t.actor(), t.statements()));
            trend.add(new WeekFigures(week, f.articles(), f.counted(), f.duplicates(), f.rejected(), f.statements(),
                    f.casualties(), f.reactions(), byActor));
        }
        return trend;
    }

    private static List<CasualtyTolls.Toll> tollsOf(ExtractionStore store, String corpus, ReportScope scope) {
        return CasualtyTolls.of(visitor -> store.forEachCountedClaim(corpus, scope,
                (claim, article) -> visitor.accept(new CasualtyTolls.Source(claim, article))));
    }

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
        List<WeekFigures> trend = scope.isAll() ? trendOfAllWeeks(store, settings.corpus())
                : store.weekFigures(settings.corpus(), Trends.weeksEndingWith(scope.week()));
        // the tally step stored this scope's figures; counting them again costs seconds on a big week
        WeekFigures figures = store.weekFigures(settings.corpus(), List.of(scope)).stream().findFirst()
                .orElseGet(() -> store.computeWeekFigures(settings.corpus(), scope));
        // the tolls' two walks of the claims run beside the report's walk of the articles; it needs them only after
        CompletableFuture<List<CasualtyTolls.Toll>> tolls = OwnThread.supply("report-tolls",
                () -> tollsOf(store, settings.corpus(), scope));
        WeeklyReport report = new WeeklyReport(scope.label(), settings.corpus(), Instant.now(),
                figures, new StorePages(store, settings.corpus(), scope),
                store.tally(settings.corpus(), scope), previous, trend, store.copies(settings.corpus(), scope),
                () -> OwnThread.await(tolls, "building the casualty tolls"));
        Path folder = ReportPublisher.publish(report, settings.reports(), settings.sheetRows());
        jobContext.setExitStatus(EXIT_PREFIX + folder.resolve(ReportPublisher.workbookName(scope.label())));
        return "PUBLISHED";
    }

}
