package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.WeekFigures;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one report is made from: totals and tallies counted beforehand, and the week's articles as
 * an {@link Iterable} (from the store, a page at a time, so a week of 100k articles is never held in
 * memory at once) that the publisher walks exactly once.
 *
 * @param articles every input of the scope with its status and items, in id order
 * @param actors   this scope's tally, most active actor first
 * @param previous the previous week's tally by actor name (empty for {@code all})
 * @param trend    figures of up to eight weeks ending with this one, oldest first
 * @param copies   how many copies each original story had, by the original's id
 * @param tolls    the scope's casualty tolls, computed when the report is written
 */
public record WeeklyReport(String scope, String corpus, Instant generated, WeekFigures figures,
                           Iterable<ProcessedArticle> articles, List<ActorTally> actors, Map<String, ActorTally> previous,
                           List<WeekFigures> trend, Map<String, Integer> copies,
                           java.util.function.Supplier<List<CasualtyTolls.Toll>> tolls) {
    public WeeklyReport {
        actors = List.copyOf(actors);
        previous = Map.copyOf(previous);
        trend = List.copyOf(trend);
        copies = Map.copyOf(copies);
    }

    /** A report of articles held in memory (tests, small runs): figures and copies counted from them. */
    public static WeeklyReport of(String scope, String corpus, List<ProcessedArticle> articles, List<ActorTally> actors,
                                  Map<String, ActorTally> previous, List<WeekFigures> trend) {
        Map<String, Integer> copies = new HashMap<>();
        for (ProcessedArticle a : articles) {
            if (a.status() == ArticleStatus.DUPLICATE) {
                copies.merge(a.reason().replaceFirst("^copy of ", ""), 1, Integer::sum);
            }
        }
        List<ProcessedArticle> counted = articles.stream().filter(a -> a.status() == ArticleStatus.OK).toList();
        return new WeeklyReport(scope, corpus, Instant.now(), Trends.of(scope, articles), articles, actors, previous,
                trend, copies, () -> CasualtyTolls.of(counted));
    }

    public long count(ArticleStatus status) {
        return switch (status) {
            case OK -> figures.counted();
            case DUPLICATE -> figures.duplicates();
            case REJECTED -> figures.rejected();
        };
    }

    public int statementCount() {
        return figures.statements();
    }

    public int casualtyCount() {
        return figures.casualties();
    }

    public int reactionCount() {
        return figures.reactions();
    }
}
