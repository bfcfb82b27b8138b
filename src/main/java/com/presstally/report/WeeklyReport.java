package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Provenance;
import com.presstally.domain.Reaction;
import com.presstally.domain.Stance;
import com.presstally.domain.WeekFigures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one report shows: totals, tallies, tolls and reaction counts computed beforehand, and
 * the week's articles as an {@link Iterable} the writers walk (from the store, a page at a time,
 * so a week of 100k articles is never held in memory at once).
 *
 * @param articles          every input of the scope with its status and items, in id order; walked once per export
 * @param actors            this scope's tally, most active actor first
 * @param previous          the previous week's tally by actor name (empty for {@code all})
 * @param trend             figures of up to eight weeks ending with this one, oldest first
 * @param reactionsBySource reactions per source, counted by stance (indexed by {@link Stance#ordinal()})
 * @param copies            how many copies each original story had
 */
public record WeeklyReport(String scope, String corpus, Instant generated, WeekFigures figures,
                           Iterable<ProcessedArticle> articles, List<ActorTally> actors, Map<String, ActorTally> previous,
                           List<WeekFigures> trend, List<CasualtyTolls.Toll> tolls, Map<String, int[]> reactionsBySource,
                           Map<String, Integer> copies) {
    public WeeklyReport {
        actors = List.copyOf(actors);
        previous = Map.copyOf(previous);
        trend = List.copyOf(trend);
        tolls = List.copyOf(tolls);
        reactionsBySource = new LinkedHashMap<>(reactionsBySource);
        copies = Map.copyOf(copies);
    }

    /**
     * Builds a report in one walk over the articles: tolls (claims kept without their sentences),
     * reactions by source and stance, and copy counts.
     */
    public static WeeklyReport of(String scope, String corpus, WeekFigures figures, Iterable<ProcessedArticle> articles,
                                  List<ActorTally> actors, Map<String, ActorTally> previous, List<WeekFigures> trend) {
        List<ProcessedArticle> claims = new ArrayList<>();
        Map<String, int[]> reactions = new LinkedHashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        for (ProcessedArticle a : articles) {
            if (a.status() == ArticleStatus.DUPLICATE) {
                copies.merge(a.reason().replaceFirst("^copy of ", ""), 1, Integer::sum);
            }
            if (a.status() != ArticleStatus.OK) {
                continue;
            }
            for (Reaction r : a.extraction().reactions()) {
                reactions.computeIfAbsent(r.actor().name(), k -> new int[Stance.values().length])[r.stance().ordinal()]++;
            }
            if (!a.extraction().casualties().isEmpty()) {
                List<CasualtyClaim> light = new ArrayList<>();
                for (CasualtyClaim c : a.extraction().casualties()) {
                    Provenance p = c.provenance();
                    light.add(new CasualtyClaim(new Provenance(p.articleId(), p.ruleId(), "", p.start(), p.end()),
                            c.countLow(), c.countHigh(), c.qualifier(), c.outcome(), c.victimGroup(), c.period(),
                            c.location(), c.claimant()));
                }
                claims.add(new ProcessedArticle(a.id(), a.article(), a.status(), a.reason(), "", "",
                        new com.presstally.domain.Extraction(List.of(), light, List.of())));
            }
        }
        return new WeeklyReport(scope, corpus, Instant.now(), figures, articles, actors, previous, trend,
                CasualtyTolls.of(claims), reactions, copies);
    }

    /** A report of articles held in memory (tests, small runs): figures counted from them. */
    public static WeeklyReport of(String scope, String corpus, List<ProcessedArticle> articles, List<ActorTally> actors,
                                  Map<String, ActorTally> previous, List<WeekFigures> trend) {
        return of(scope, corpus, Trends.of(scope, articles), articles, actors, previous, trend);
    }

    /** Articles whose items count: read, extracted, and not a copy of another. */
    public Iterable<ProcessedArticle> counted() {
        return () -> new Iterator<>() {
            private final Iterator<ProcessedArticle> all = articles.iterator();
            private ProcessedArticle next = advance();

            private ProcessedArticle advance() {
                while (all.hasNext()) {
                    ProcessedArticle a = all.next();
                    if (a.status() == ArticleStatus.OK) {
                        return a;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public ProcessedArticle next() {
                ProcessedArticle current = next;
                next = advance();
                return current;
            }
        };
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
