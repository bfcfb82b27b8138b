package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.WeekFigures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything one report shows, read from the store: immutable, so the writers only render it.
 *
 * @param articles every input of the scope, with its status; only {@code ok} articles' items are tallied
 * @param actors   this scope's tally, most active actor first
 * @param previous the previous week's tally by actor name (empty for {@code all})
 * @param trend    figures of up to eight weeks ending with this one, oldest first
 */
public record WeeklyReport(String scope, String corpus, Instant generated, List<ProcessedArticle> articles,
                           List<ActorTally> actors, Map<String, ActorTally> previous, List<WeekFigures> trend) {
    public WeeklyReport {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        previous = Map.copyOf(previous);
        trend = List.copyOf(trend);
    }

    /** Articles whose items count: read, extracted, and not a copy of another. */
    public List<ProcessedArticle> counted() {
        return articles.stream().filter(a -> a.status() == ArticleStatus.OK).toList();
    }

    public long count(ArticleStatus status) {
        return articles.stream().filter(a -> a.status() == status).count();
    }

    public Map<String, ProcessedArticle> byId() {
        return articles.stream().collect(Collectors.toMap(ProcessedArticle::id, a -> a));
    }

    public int statementCount() {
        return counted().stream().mapToInt(a -> a.extraction().statements().size()).sum();
    }

    public int casualtyCount() {
        return counted().stream().mapToInt(a -> a.extraction().casualties().size()).sum();
    }

    public int reactionCount() {
        return counted().stream().mapToInt(a -> a.extraction().reactions().size()).sum();
    }
}
