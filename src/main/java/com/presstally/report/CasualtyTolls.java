package com.presstally.report;

import com.presstally.domain.Article;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Qualifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

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
     * What a toll keeps of a claim it lists: its figure, who claims it and where it stands, and not the
     * claim and article objects it came with (a week's tolls list thousands of claims; kept whole, they
     * were the part of the report's heap that grew most with the week after H2's).
     *
     * @param claimant the claimant's name, or null when the outlet reports the figure itself
     */
    public record Listed(long countLow, Long countHigh, Qualifier qualifier, String claimant, String outlet,
                         String articleId, int start, int end, String location) {
        static Listed of(Source s) {
            CasualtyClaim c = s.claim();
            return new Listed(c.countLow(), c.countHigh(), c.qualifier(), c.claimant() == null ? null : c.claimant().name(),
                    s.article().outlet(), s.article().id(), c.provenance().start(), c.provenance().end(), c.location());
        }
    }

    /**
     * A toll: how many claims report it, their lowest and highest figure, whether they disagree,
     * and the first {@link #LISTED} claims (lowest figure first) with their claimants.
     */
    public record Toll(String week, String outcome, String victimGroup, String location, String period,
                       int claimCount, long lowest, long highest, boolean disputed, List<Listed> listed) {
        public Toll {
            listed = List.copyOf(listed);
        }
    }

    private CasualtyTolls() {
    }

    /**
     * The claims of a report, walked in any order; a walk may be asked for twice and must hand over
     * the same claims each time.
     */
    public interface Claims {
        void forEach(Consumer<Source> visitor);
    }

    /** Tolls of the claims of these articles (the in-memory path: tests and small reports). */
    public static List<Toll> of(List<ProcessedArticle> counted) {
        return of(visitor -> {
            for (ProcessedArticle a : counted) {
                for (CasualtyClaim c : a.extraction().casualties()) {
                    visitor.accept(new Source(c, a.article()));
                }
            }
        });
    }

    /**
     * Tolls from two walks of the claims, so a week of 100k articles needs no sorted copy of its
     * claims: the first walk keeps each key's distinct lowest figures (eight bytes each) and splits
     * them into tolls, the second counts each toll's claims and keeps its first {@link #LISTED}. Within a
     * key, claims ordered by lowest figure start a new toll where a figure is more than
     * {@link #SAME_TOLL_FACTOR} times the toll's first.
     */
    public static List<Toll> of(Claims claims) {
        Map<String, TollBuilder[]> tollsByKey = tollsByKey(claims);
        claims.forEach(s -> {
            TollBuilder[] ofKey = tollsByKey.get(key(s.article(), s.claim()));
            if (ofKey == null) {
                throw new IllegalStateException("the claims changed between two walks: no toll for " + s.claim());
            }
            ofKey[tollOf(ofKey, s.claim().countLow())].add(s);
        });
        List<Toll> tolls = new ArrayList<>();
        tollsByKey.values().forEach(ofKey -> Arrays.stream(ofKey).map(TollBuilder::toll).forEach(tolls::add));
        tolls.sort(Comparator.comparing(Toll::disputed).reversed()
                .thenComparing(Comparator.comparingLong(Toll::highest).reversed())
                .thenComparing(Toll::week).thenComparing(Toll::outcome).thenComparing(Toll::victimGroup)
                .thenComparing(t -> t.location().toLowerCase(Locale.ROOT)).thenComparing(Toll::period)
                .thenComparingLong(Toll::lowest));
        return tolls;
    }

    /**
     * The first walk: each key's tolls, split by its distinct figures. The figures (the part of the tolls
     * that grows with the week) are dropped on return, before the second walk runs beside the report's.
     */
    private static Map<String, TollBuilder[]> tollsByKey(Claims claims) {
        Map<String, Figures> byKey = new HashMap<>();
        claims.forEach(s -> byKey.computeIfAbsent(key(s.article(), s.claim()), k -> new Figures()).add(s.claim().countLow()));
        Map<String, TollBuilder[]> tollsByKey = new HashMap<>();
        byKey.forEach((key, figures) -> tollsByKey.put(key, figures.tolls()));
        return tollsByKey;
    }

    /** The key under which claims are one toll, before the figures are compared. */
    public static String key(Article article, CasualtyClaim c) {
        return week(article) + "|" + c.outcome() + "|" + c.victimGroup() + "|" + c.location().toLowerCase(Locale.ROOT)
                + "|" + c.period();
    }

    /** The toll of a key whose figure range holds {@code low}: the last whose first figure is not above it. */
    private static int tollOf(TollBuilder[] ofKey, long low) {
        int lo = 0;
        int hi = ofKey.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ofKey[mid].firstLow <= low) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * One key's distinct lowest figures, as the first walk finds them: where a toll starts and ends
     * depends only on which figures occur, not how often, so repeats are dropped as the array fills.
     */
    private static final class Figures {
        private long[] lows = new long[4];
        private int size;

        void add(long low) {
            if (size == lows.length) {
                size = sortedDistinct(lows, size);
                if (size > lows.length / 2) {
                    lows = Arrays.copyOf(lows, lows.length * 2);
                }
            }
            lows[size++] = low;
        }

        /** Sorts the first {@code n} values and moves each distinct one to the front; returns how many. */
        private static int sortedDistinct(long[] values, int n) {
            Arrays.sort(values, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct == 0 || values[i] != values[distinct - 1]) {
                    values[distinct++] = values[i];
                }
            }
            return distinct;
        }

        /** The key's tolls in figure order, each with its first figure and whether its figures differ. */
        TollBuilder[] tolls() {
            size = sortedDistinct(lows, size);
            List<TollBuilder> tolls = new ArrayList<>();
            TollBuilder current = null;
            for (int i = 0; i < size; i++) {
                long low = lows[i];
                if (current == null || low > SAME_TOLL_FACTOR * Math.max(1, current.firstLow)) {
                    current = new TollBuilder(low);
                    tolls.add(current);
                }
                current.disputed |= low != current.firstLow;
            }
            return tolls.toArray(TollBuilder[]::new);
        }
    }

    /** A toll during the second walk: its count, highest figure and first claims so far. */
    private static final class TollBuilder {
        /** Listed order: lowest figure, then article id and position in it. */
        private static final Comparator<Listed> LISTED_ORDER = Comparator.comparingLong(Listed::countLow)
                .thenComparing(Listed::articleId).thenComparingInt(Listed::start).thenComparingInt(Listed::end);
        private final long firstLow;
        private boolean disputed;
        private int count;
        private long highest;
        /** Week, outcome, victim group and period: the same for every claim of a toll (they are in its key). */
        private String week;
        private String outcome;
        private String victimGroup;
        private String period;
        /** The first {@link #LISTED} claims so far, the last of them on top: never more are kept. */
        private final java.util.PriorityQueue<Listed> listed = new java.util.PriorityQueue<>(LISTED_ORDER.reversed());

        TollBuilder(long firstLow) {
            this.firstLow = firstLow;
        }

        void add(Source s) {
            CasualtyClaim c = s.claim();
            if (count++ == 0) {
                week = week(s.article());
                outcome = c.outcome().label();
                victimGroup = c.victimGroup().label();
                period = c.period().label();
            }
            Long high = c.countHigh();
            highest = Math.max(highest, high == null ? c.countLow() : high);
            listed.add(Listed.of(s));
            if (listed.size() > LISTED) {
                listed.poll();
            }
        }

        Toll toll() {
            List<Listed> first = new ArrayList<>(listed);
            first.sort(LISTED_ORDER);
            return new Toll(week, outcome, victimGroup, first.get(0).location(), period, count, firstLow, highest,
                    disputed, first);
        }
    }

    private static String week(Article article) {
        return article.published() == null ? "" : IsoWeek.of(article.published()).toString();
    }

    /** "at least 12 (Ukrainian authorities, kyiv.txt); 15 (outlet: Harbor Times, b.txt)". */
    public static String describe(Toll toll) {
        List<String> parts = new ArrayList<>();
        for (Listed c : toll.listed()) {
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
            String claimant = c.claimant() == null ? "as reported by " + (c.outlet().isEmpty()
                    ? "the outlet" : c.outlet()) : c.claimant();
            parts.add(figure + " (" + claimant + ", " + c.articleId() + ")");
        }
        if (toll.claimCount() > toll.listed().size()) {
            parts.add("… and " + (toll.claimCount() - toll.listed().size()) + " more claims (the casualties table lists them all)");
        }
        return String.join("; ", parts);
    }
}
