package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.Article;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Reaction;
import com.presstally.domain.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The report's tables as header and rows of plain values, built once: the CSV exports and the
 * workbook sheets render the same tables, so they never disagree. The first columns of each are
 * the export contract of spec §6.
 */
public final class Tables {
    /** A named table of rows known beforehand; values are String, Number or LocalDate. */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    /**
     * A table with rows from each article, filled while the week's articles are walked once for all
     * such tables (a week of 100k articles is read from the store once, not once per table).
     *
     * @param countedOnly whether only counted articles (read, extracted, not a copy) give rows
     */
    public record ArticleTable(String name, List<String> header, boolean countedOnly,
                               Function<ProcessedArticle, List<List<Object>>> rowsOf) {
        public List<List<Object>> rows(ProcessedArticle article) {
            return countedOnly && article.status() != ArticleStatus.OK ? List.of() : rowsOf.apply(article);
        }
    }

    private Tables() {
    }

    /** The tables with rows per article, in the order their sheets come. */
    public static List<ArticleTable> articleTables(WeeklyReport report) {
        return List.of(statements(), casualties(), reactions(), articles());
    }

    public static ArticleTable statements() {
        return new ArticleTable("statements", List.of("article_id", "speaker", "actor", "actor_type", "kind", "cue",
                "content", "affiliation", "title", "outlet", "published", "url", "rule_id", "span_start", "span_end",
                "sentence"), true, a -> {
            Article m = a.article();
            List<List<Object>> out = new ArrayList<>();
            for (Statement s : a.extraction().statements()) {
                out.add(List.of(a.id(), s.speaker(), s.actor().name(), s.actor().type().label(), s.kind().label(),
                        s.cue(), s.content(), s.actor().affiliation(), m.title(), m.outlet(), date(m), m.url(),
                        s.provenance().ruleId(), s.provenance().start(), s.provenance().end(), s.provenance().sentence()));
            }
            return out;
        });
    }

    public static ArticleTable casualties() {
        return new ArticleTable("casualties", List.of("article_id", "count_low", "count_high", "qualifier", "outcome",
                "victim_group", "period", "location", "claimant", "evidence", "title", "outlet", "published", "rule_id"),
                true, a -> {
            Article m = a.article();
            List<List<Object>> out = new ArrayList<>();
            for (CasualtyClaim c : a.extraction().casualties()) {
                out.add(List.of(a.id(), c.countLow(), c.countHigh() == null ? "" : c.countHigh(), c.qualifier().label(),
                        c.outcome().label(), c.victimGroup().label(), c.period().label(), c.location(), c.claimantName(),
                        c.provenance().sentence(), m.title(), m.outlet(), date(m), c.provenance().ruleId()));
            }
            return out;
        });
    }

    public static ArticleTable reactions() {
        return new ArticleTable("reactions", List.of("article_id", "actor", "actor_type", "stance", "evidence", "source",
                "cue", "cameo", "affiliation", "title", "outlet", "published", "rule_id"), true, a -> {
            Article m = a.article();
            List<List<Object>> out = new ArrayList<>();
            for (Reaction r : a.extraction().reactions()) {
                out.add(List.of(a.id(), r.actor().name(), r.actor().type().label(), r.stance().label(),
                        r.provenance().sentence(), r.source(), r.cue(), r.stance().cameo(), r.actor().affiliation(),
                        m.title(), m.outlet(), date(m), r.provenance().ruleId()));
            }
            return out;
        });
    }

    /** Claims grouped into tolls, disputed tolls first, with every figure and its claimant side by side. */
    public static Table tolls(List<CasualtyTolls.Toll> tolls) {
        List<List<Object>> rows = new ArrayList<>();
        for (CasualtyTolls.Toll t : tolls) {
            rows.add(List.of(t.week(), t.outcome(), t.victimGroup(), t.location(), t.period(), t.claimCount(),
                    t.lowest(), t.highest(), t.disputed() ? "yes" : "no", CasualtyTolls.describe(t)));
        }
        return new Table("tolls", List.of("week", "outcome", "victim_group", "location", "period", "claims", "lowest",
                "highest", "disputed", "figures_and_claimants"), rows);
    }

    /** The last weeks from the store: totals and the statements of the most quoted actors. */
    public static Table trends(WeeklyReport report) {
        List<String> top = topActors(report, 5);
        List<String> header = new ArrayList<>(List.of("week", "articles", "counted", "duplicates", "rejected",
                "statements", "casualty_claims", "reactions"));
        top.forEach(a -> header.add("statements: " + a));
        List<List<Object>> rows = new ArrayList<>();
        for (com.presstally.domain.WeekFigures w : report.trend()) {
            List<Object> row = new ArrayList<>(List.of(w.week(), w.articles(), w.counted(), w.duplicates(), w.rejected(),
                    w.statements(), w.casualties(), w.reactions()));
            top.forEach(a -> row.add(w.statementsByActor().getOrDefault(a, 0)));
            rows.add(row);
        }
        return new Table("trends", header, rows);
    }

    /** The actors with most statements across the trend's weeks. */
    static List<String> topActors(WeeklyReport report, int n) {
        java.util.Map<String, Integer> total = new java.util.HashMap<>();
        report.trend().forEach(w -> w.statementsByActor().forEach((a, c) -> total.merge(a, c, Integer::sum)));
        return total.entrySet().stream()
                .sorted((x, y) -> y.getValue().equals(x.getValue()) ? x.getKey().compareTo(y.getKey()) : y.getValue() - x.getValue())
                .limit(n).map(java.util.Map.Entry::getKey).toList();
    }

    public static ArticleTable articles() {
        return new ArticleTable("articles", List.of("article_id", "title", "outlet", "published", "status", "url",
                "copy_of", "copies", "statements", "casualties", "reactions"), false, a -> {
            Article m = a.article();
            boolean copy = a.status() == ArticleStatus.DUPLICATE;
            return List.of(List.of(a.id(), m == null ? "" : m.title(), m == null ? "" : m.outlet(), date(m), a.statusText(),
                    m == null ? "" : m.url(), copy ? a.reason().replaceFirst("^copy of ", "") : "",
                    a.copies(), a.extraction().statements().size(),
                    a.extraction().casualties().size(), a.extraction().reactions().size()));
        });
    }

    public static Table actors(WeeklyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ActorTally t : report.actors()) {
            ActorTally before = report.previous().get(t.actor());
            Object change = report.previous().isEmpty() ? "" : t.statements() - (before == null ? 0 : before.statements());
            rows.add(List.of(t.actor(), t.actorType(), t.affiliation(), t.statements(), t.direct(), t.mixed(),
                    t.indirect(), t.articles(), t.reactions(), t.casualtyClaims(),
                    t.firstSeen() == null ? "" : t.firstSeen(), t.lastSeen() == null ? "" : t.lastSeen(), change));
        }
        return new Table("actors", List.of("actor", "actor_type", "affiliation", "statements", "direct", "mixed",
                "indirect", "articles", "reactions", "casualty_claims", "first_seen", "last_seen",
                "statements_change"), rows);
    }

    private static Object date(Article m) {
        return m == null || m.published() == null ? "" : m.published();
    }
}
