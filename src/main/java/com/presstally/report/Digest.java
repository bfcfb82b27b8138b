package com.presstally.report;

import com.presstally.domain.ArticleStatus;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.Extraction;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Provenance;
import com.presstally.domain.Reaction;
import com.presstally.domain.Stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Summary and the charts show beyond the stored tallies, gathered in the same walk over
 * the week's articles that writes their rows.
 *
 * @param tolls             the week's casualty claims grouped into tolls, disputed first
 * @param reactionsBySource reactions per source, counted by stance (indexed by {@link Stance#ordinal()})
 */
public record Digest(List<CasualtyTolls.Toll> tolls, Map<String, int[]> reactionsBySource) {
    public Digest {
        tolls = List.copyOf(tolls);
        reactionsBySource = new LinkedHashMap<>(reactionsBySource);
    }

    public static Digest of(Iterable<ProcessedArticle> articles) {
        Collector collector = new Collector();
        articles.forEach(collector::add);
        return collector.digest();
    }

    /** Takes the articles one at a time; keeps each casualty claim without its sentence, and counts reactions. */
    public static final class Collector {
        private final List<ProcessedArticle> claims = new ArrayList<>();
        private final Map<String, int[]> reactions = new LinkedHashMap<>();

        public void add(ProcessedArticle a) {
            if (a.status() != ArticleStatus.OK) {
                return;
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
                        new Extraction(List.of(), light, List.of())));
            }
        }

        public Digest digest() {
            return new Digest(CasualtyTolls.of(claims), reactions);
        }
    }
}
