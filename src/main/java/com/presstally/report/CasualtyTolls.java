package com.presstally.report;

import com.presstally.domain.Article;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    /** How many of a toll's claims it lists by name; the casualties table lists every claim. */
    static final int LISTED = 25;

    /**
     * A toll: how many claims report it, their lowest and highest figure, whether they disagree,
     * and the first {@link #LISTED} claims (lowest figure first) with their claimants.
     */
    public record Toll(String week, String outcome, String victimGroup, String location, String period,
                       int claimCount, long lowest, long highest, boolean disputed, List<Source> listed) {
        public Toll {
            listed = List.copyOf(listed);
        }
    }

    private CasualtyTolls() {
    }

    /** Tolls of the claims of these articles (the in-memory path: tests and small reports). */
    public static List<Toll> of(List<ProcessedArticle> counted) {
        List<Source> sources = new ArrayList<>();
        for (ProcessedArticle a : counted) {
            for (CasualtyClaim c : a.extraction().casualties()) {
                sources.add(new Source(c, a.article()));
            }
        }
        // stable: claims with the same key and figure stay in article order
        sources.sort(Comparator.comparing((Source x) -> key(x.article(), x.claim()))
                .thenComparingLong(x -> x.claim().countLow()));
        Builder builder = new Builder();
        sources.forEach(builder::add);
        return builder.tolls();
    }

    /** The key under which claims are one toll, before the figures are compared. */
    public static String key(Article article, CasualtyClaim c) {
        return week(article) + "|" + c.outcome() + "|" + c.victimGroup() + "|" + c.location().toLowerCase(Locale.ROOT)
                + "|" + c.period();
    }

    /**
     * Takes claims ordered by {@link #key} and then by lowest figure (the store streams them so), and
     * closes a toll where the key changes or a figure is more than {@link #SAME_TOLL_FACTOR} times the
     * toll's first: memory grows with the number of tolls, never with the claims of one.
     */
    public static final class Builder {
        private final List<Toll> tolls = new ArrayList<>();
        private String key;
        private Source first;
        private final List<Source> listed = new ArrayList<>();
        private int count;
        private long highest;
        private boolean disputed;

        public void add(Source s) {
            String k = key(s.article(), s.claim());
            long low = s.claim().countLow();
            if (first == null || !k.equals(key) || low > SAME_TOLL_FACTOR * Math.max(1, first.claim().countLow())) {
                close();
                key = k;
                first = s;
            }
            if (listed.size() < LISTED) {
                listed.add(s);
            }
            count++;
            highest = Math.max(highest, s.claim().countHigh() == null ? low : s.claim().countHigh());
            disputed |= low != first.claim().countLow();
        }

        private void close() {
            if (first == null) {
                return;
            }
            CasualtyClaim c = first.claim();
            tolls.add(new Toll(week(first.article()), c.outcome().label(), c.victimGroup().label(), c.location(),
                    c.period().label(), count, c.countLow(), highest, disputed, listed));
            listed.clear();
            count = 0;
            highest = 0;
            disputed = false;
            first = null;
        }

        /** The tolls, disputed first, then the largest; ties in a fixed order. */
        public List<Toll> tolls() {
            close();
            List<Toll> sorted = new ArrayList<>(tolls);
            sorted.sort(Comparator.comparing(Toll::disputed).reversed()
                    .thenComparing(Comparator.comparingLong(Toll::highest).reversed())
                    .thenComparing(Toll::week).thenComparing(Toll::outcome).thenComparing(Toll::victimGroup)
                    .thenComparing(t -> t.location().toLowerCase(Locale.ROOT)).thenComparing(Toll::period)
                    .thenComparingLong(Toll::lowest));
            return sorted;
        }
    }

    private static String week(Article article) {
        return article.published() == null ? "" : IsoWeek.of(article.published()).toString();
    }

    /** "at least 12 (Ukrainian authorities, kyiv.txt); 15 (outlet: Harbor Times, b.txt)". */
    public static String describe(Toll toll) {
        List<String> parts = new ArrayList<>();
        for (Source s : toll.listed()) {
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
        if (toll.claimCount() > toll.listed().size()) {
            parts.add("… and " + (toll.claimCount() - toll.listed().size()) + " more claims (the casualties table lists them all)");
        }
        return String.join("; ", parts);
    }
}
