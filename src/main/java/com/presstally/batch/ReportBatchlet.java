package com.presstally.batch;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.domain.WeekCount;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
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
        String corpus = settings.corpus();
        Map<String, ActorTally> previous = Map.of();
        if (!scope.isAll()) {
            ReportScope before = new ReportScope(scope.week().previous());
            previous = store.tally(corpus, before).stream()
                    .collect(Collectors.toMap(ActorTally::actor, Function.identity()));
        }
        // the week is counted in the report's own walk of its articles: a separate count read every
        // item of the week back from the store a second time (seconds on a big week)
        WeekCount count = new WeekCount();
        CountingWalk walk = new CountingWalk(new StorePages(store, corpus, scope), count);
        Supplier<WeeklyReport.Counts> counts = new Supplier<>() {
            private WeeklyReport.Counts counted;

            @Override
            public synchronized WeeklyReport.Counts get() {
                if (counted == null) {
                    if (!walk.finished) {
                        throw new IllegalStateException("the figures of " + scope + " are counted in the report's walk"
                                + " of its articles, which has not ended");
                    }
                    WeekFigures figures = count.figures(scope.label());
                    counted = new WeeklyReport.Counts(figures, count.actors(), scope.isAll()
                            ? trendOfAllWeeks(store, corpus) : trendEndingWith(store, corpus, scope, figures));
                }
                return counted;
            }
        };
        // the tolls' two walks of the claims run beside the report's walk of the articles; it needs them only after
        CompletableFuture<List<CasualtyTolls.Toll>> tolls = OwnThread.supply("report-tolls",
                () -> tollsOf(store, corpus, scope));
        WeeklyReport report = new WeeklyReport(scope.label(), corpus, Instant.now(), walk, previous, counts,
                () -> OwnThread.await(tolls, "building the casualty tolls"));
        Path folder = ReportPublisher.publish(report, settings.reports(), settings.sheetRows());
        // stored for the trends and week-over-week changes of later reports
        store.saveTally(corpus, scope, report.actors());
        store.saveWeekFigures(corpus, scope, report.figures());
        jobContext.setExitStatus(EXIT_PREFIX + folder.resolve(ReportPublisher.workbookName(scope.label())));
        return "PUBLISHED";
    }

    /** The stored figures of the seven weeks before this one, then this week's as just counted. */
    private static List<WeekFigures> trendEndingWith(ExtractionStore store, String corpus, ReportScope scope,
                                                     WeekFigures thisWeek) {
        List<ReportScope> weeks = Trends.weeksEndingWith(scope.week());
        List<WeekFigures> trend = new ArrayList<>(store.weekFigures(corpus, weeks.subList(0, weeks.size() - 1)));
        trend.add(thisWeek);
        return trend;
    }

    /** The week's articles for the one walk the report makes, each counted as it passes. */
    private static final class CountingWalk implements Iterable<ProcessedArticle> {
        private final Iterable<ProcessedArticle> articles;
        private final WeekCount count;
        private boolean started;
        private volatile boolean finished;

        CountingWalk(Iterable<ProcessedArticle> articles, WeekCount count) {
            this.articles = articles;
            this.count = count;
        }

        @Override
        public Iterator<ProcessedArticle> iterator() {
            if (started) {
                throw new IllegalStateException("the report walks its articles once; a second walk would count them twice");
            }
            started = true;
            Iterator<ProcessedArticle> pages = articles.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = pages.hasNext();
                    finished = !more;
                    return more;
                }

                @Override
                public ProcessedArticle next() {
                    ProcessedArticle a = pages.next();
                    count.add(a);
                    return a;
                }
            };
        }
    }
}
