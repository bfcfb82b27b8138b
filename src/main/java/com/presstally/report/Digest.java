package com.presstally.report;

import com.presstally.domain.ArticleStatus;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Reaction;
import com.presstally.domain.Stance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Summary and the charts show beyond the stored tallies: reactions counted in the same
 * walk over the week's articles that writes their rows, and the tolls, built from two walks of
 * the week's claims (from the store, a row at a time).
 *
 * @param tolls             the week's casualty claims grouped into tolls, disputed first
 * @param reactionsBySource reactions per source, counted by stance (indexed by {@link Stance#ordinal()})
 */
public record Digest(List<CasualtyTolls.Toll> tolls, Map<String, int[]> reactionsBySource) {
    public Digest {
        tolls = List.copyOf(tolls);
        reactionsBySource = new LinkedHashMap<>(reactionsBySource);
    }

    /** The digest of articles held in memory (tests, small reports). */
    public static Digest of(List<ProcessedArticle> articles) {
        Collector collector = new Collector();
        articles.forEach(collector::add);
        return collector.digest(CasualtyTolls.of(articles.stream()
                .filter(a -> a.status() == ArticleStatus.OK).toList()));
    }

    /** Takes the articles one at a time and counts their reactions by source and stance. */
    public static final class Collector {
        private final Map<String, int[]> reactions = new LinkedHashMap<>();

        public void add(ProcessedArticle a) {
            if (a.status() != ArticleStatus.OK) {
                return;
            }
            for (Reaction r : a.extraction().reactions()) {
                reactions.computeIfAbsent(r.actor().name(), k -> new int[Stance.values().length])[r.stance().ordinal()]++;
            }
        }

        /** The digest, with the tolls the report's source gives. */
        public Digest digest(List<CasualtyTolls.Toll> tolls) {
            return new Digest(tolls, reactions);
        }
    }
}
