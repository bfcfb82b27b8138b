package com.presstally.report;

import com.presstally.domain.Article;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups casualty claims that plausibly describe the same toll, the way conflict data sets keep
 * low and high estimates with their sources: same outcome, victim group, place, rate and week, and
 * figures of the same order of magnitude (a tally of one attack and a war's cumulative toll are not
 * one toll, even when both say "civilians killed").
 */
public final class CasualtyTolls {
    /** Figures more than this factor apart are different tolls. */
    static final double SAME_TOLL_FACTOR = 3.0;

    /** One claim with the article it came from. */
    public record Source(CasualtyClaim claim, Article article) {
    }

    /** A toll and every claim that reports it. */
    public record Toll(String week, String outcome, String victimGroup, String location, String period,
                       List<Source> claims) {
        public long lowest() {
            return claims.stream().mapToLong(s -> s.claim().countLow()).min().orElse(0);
        }

        public long highest() {
            return claims.stream().mapToLong(s -> s.claim().countHigh() == null ? s.claim().countLow()
                    : s.claim().countHigh()).max().orElse(0);
        }

        /** Whether the sources give different figures. */
        public boolean disputed() {
            return claims.stream().map(s -> s.claim().countLow()).distinct().count() > 1;
        }
    }

    private CasualtyTolls() {
    }

    public static List<Toll> of(List<ProcessedArticle> counted) {
        Map<String, List<Source>> byKey = new LinkedHashMap<>();
        for (ProcessedArticle a : counted) {
            for (CasualtyClaim c : a.extraction().casualties()) {
                byKey.computeIfAbsent(key(a.article(), c), k -> new ArrayList<>()).add(new Source(c, a.article()));
            }
        }
        List<Toll> tolls = new ArrayList<>();
        for (List<Source> sources : byKey.values()) {
            sources.sort(Comparator.comparingLong(s -> s.claim().countLow()));
            List<Source> current = new ArrayList<>();
            for (Source s : sources) {
                if (!current.isEmpty() && s.claim().countLow() > SAME_TOLL_FACTOR * Math.max(1, current.get(0).claim().countLow())) {
                    tolls.add(toll(current));
                    current = new ArrayList<>();
                }
                current.add(s);
            }
            tolls.add(toll(current));
        }
        tolls.sort(Comparator.comparing(Toll::disputed).reversed().thenComparing(Comparator.comparingLong(Toll::highest).reversed()));
        return tolls;
    }

    private static String key(Article article, CasualtyClaim c) {
        return week(article) + "|" + c.outcome() + "|" + c.victimGroup() + "|" + c.location().toLowerCase(Locale.ROOT)
                + "|" + c.period();
    }

    private static String week(Article article) {
        return article.published() == null ? "" : IsoWeek.of(article.published()).toString();
    }

    private static Toll toll(List<Source> sources) {
        CasualtyClaim c = sources.get(0).claim();
        return new Toll(week(sources.get(0).article()), c.outcome().label(), c.victimGroup().label(), c.location(),
                c.period().label(), List.copyOf(sources));
    }

    /** "at least 12 (Ukrainian authorities, kyiv.txt); 15 (outlet: Harbor Times, b.txt)". */
    public static String describe(Toll toll) {
        List<String> parts = new ArrayList<>();
        for (Source s : toll.claims()) {
            CasualtyClaim c = s.claim();
            String figure = switch (c.qualifier()) {
                case AT_LEAST -> "at least " + c.countLow();
                case MORE_THAN -> "more than " + c.countLow();
                case UP_TO -> "up to " + c.countLow();
                case ABOUT -> "about " + c.countLow();
                case FEWER_THAN -> "fewer than " + c.countLow();
                case VAGUE -> c.countLow() + "+ (vague)";
                case EXACT -> c.countHigh() != null && c.countHigh() > c.countLow()
                        ? c.countLow() + "–" + c.countHigh() : Long.toString(c.countLow());
            };
            String claimant = c.claimant() == null ? "as reported by " + (s.article().outlet().isEmpty()
                    ? "the outlet" : s.article().outlet()) : c.claimant().name();
            parts.add(figure + " (" + claimant + ", " + s.article().id() + ")");
        }
        return String.join("; ", parts);
    }
}
