package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.WeekFigures;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one report is made from: the week's articles as an {@link Iterable} (from the store, a page at
 * a time, so a week of 100k articles is never held in memory at once) that the publisher walks exactly
 * once, and what is counted from them. The counts may be taken in that very walk: the publisher asks
 * for {@link #figures()}, {@link #actors()} and {@link #trend()} only after it.
 *
 * @param articles every input of the scope with its status and items, in id order
 * @param previous the previous week's tally by actor name (empty for {@code all})
 * @param counts   the scope's figures, tally and trend, available once the articles have been walked
 * @param tolls    the scope's casualty tolls, computed when the report is written
 */
public record WeeklyReport(String scope, String corpus, Instant generated, Iterable<ProcessedArticle> articles,
                           Map<String, ActorTally> previous,
                           java.util.function.Supplier<Counts> counts,
                           java.util.function.Supplier<List<CasualtyTolls.Toll>> tolls) {
    /**
     * @param figures this scope's totals
     * @param actors  this scope's tally, most active actor first
     * @param trend   figures of up to eight weeks ending with this one, oldest first
     */
    public record Counts(WeekFigures figures, List<ActorTally> actors, List<WeekFigures> trend) {
        public Counts {
            actors = List.copyOf(actors);
            trend = List.copyOf(trend);
        }
    }

    public WeeklyReport {
        previous = Map.copyOf(previous);
    }

    /** A report of articles held in memory (tests, small runs): figures counted from them. */
    public static WeeklyReport of(String scope, String corpus, List<ProcessedArticle> articles, List<ActorTally> actors,
                                  Map<String, ActorTally> previous, List<WeekFigures> trend) {
        List<ProcessedArticle> counted = articles.stream().filter(a -> a.status() == ArticleStatus.OK).toList();
        Counts counts = new Counts(Trends.of(scope, articles), actors, trend);
        return new WeeklyReport(scope, corpus, Instant.now(), articles, previous, () -> counts,
                () -> CasualtyTolls.of(counted));
    }

    public WeekFigures figures() {
        return counts.get().figures();
    }

    public List<ActorTally> actors() {
        return counts.get().actors();
    }

    public List<WeekFigures> trend() {
        return counts.get().trend();
    }

    public long count(ArticleStatus status) {
        return switch (status) {
            case OK -> figures().counted();
            case DUPLICATE -> figures().duplicates();
            case REJECTED -> figures().rejected();
        };
    }

    public int statementCount() {
        return figures().statements();
    }

    public int casualtyCount() {
        return figures().casualties();
    }

    public int reactionCount() {
        return figures().reactions();
    }
}
