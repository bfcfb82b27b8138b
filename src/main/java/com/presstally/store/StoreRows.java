package com.presstally.store;

import com.presstally.domain.Article;
import com.presstally.domain.CasualtyClaim;
import com.presstally.domain.IsoWeek;
import com.presstally.domain.ItemIds;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.Provenance;
import com.presstally.domain.Reaction;
import com.presstally.domain.Statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One processed article as the rows of the store's tables, column by column (without the corpus,
 * which the writer adds first). The JDBC store inserts these rows and the Spark backfill writes the
 * same rows as Parquet, so both hold the same values for the same article.
 */
public final class StoreRows {
    /**
     * A table of the store with its columns after {@code corpus}, in row order; {@code key} names the
     * columns a load upserts by (with the corpus): an article's id, an item's article and item id.
     */
    public record Table(String name, List<String> columns, List<String> key) {
        public Table {
            columns = List.copyOf(columns);
            key = List.copyOf(key);
        }
    }

    public static final Table ARTICLES = new Table("pt_article", List.of("article_id", "iso_week", "title", "outlet", "url",
            "published", "status", "reason", "fingerprint", "extractor_version", "near_fingerprint"), List.of("article_id"));
    public static final Table STATEMENTS = new Table("pt_statement", List.of("article_id", "seq", "speaker", "actor",
            "actor_type", "affiliation", "country", "kind", "cue", "content", "rule_id", "sentence", "span_start",
            "span_end", "item_id"), List.of("article_id", "item_id"));
    public static final Table CASUALTIES = new Table("pt_casualty", List.of("article_id", "seq", "count_low",
            "count_high", "qualifier", "outcome", "victim_group", "period", "location", "claimant", "claimant_type",
            "rule_id", "sentence", "span_start", "span_end", "item_id"), List.of("article_id", "item_id"));
    public static final Table REACTIONS = new Table("pt_reaction", List.of("article_id", "seq", "source", "actor",
            "actor_type", "affiliation", "country", "stance", "cue", "rule_id", "sentence", "span_start", "span_end",
            "item_id"), List.of("article_id", "item_id"));
    public static final List<Table> ITEM_TABLES = List.of(STATEMENTS, CASUALTIES, REACTIONS);

    private StoreRows() {
    }

    /**
     * The article's row. Its ISO week is that of its publication date; an undated article (a rejected
     * input has no date) gets {@code undatedWeek}, which may be null.
     */
    public static Object[] article(ProcessedArticle a, String undatedWeek, String extractorVersion) {
        Article meta = a.article();
        LocalDate published = meta == null ? null : meta.published();
        String week = published != null ? IsoWeek.of(published).toString() : undatedWeek;
        return new Object[] {a.id(), week, meta == null ? "" : meta.title(), meta == null ? "" : meta.outlet(),
                meta == null ? "" : meta.url(), published, a.status().label(), a.reason(), a.fingerprint(),
                extractorVersion, a.nearFingerprint()};
    }

    public static List<Object[]> statements(ProcessedArticle a, String extractorVersion) {
        return items(a, a.extraction().statements(), ItemIds.statements(a.extraction(), extractorVersion),
                Statement::provenance, s -> new Object[] {s.speaker(), s.actor().name(), s.actor().type().label(),
                        s.actor().affiliation(), s.actor().country(), s.kind().label(), s.cue(), s.content()});
    }

    public static List<Object[]> casualties(ProcessedArticle a, String extractorVersion) {
        return items(a, a.extraction().casualties(), ItemIds.casualties(a.extraction(), extractorVersion),
                CasualtyClaim::provenance, k -> new Object[] {k.countLow(), k.countHigh(), k.qualifier().label(),
                        k.outcome().label(), k.victimGroup().label(), k.period().label(), k.location(), k.claimantName(),
                        k.claimant() == null ? "" : k.claimant().type().label()});
    }

    public static List<Object[]> reactions(ProcessedArticle a, String extractorVersion) {
        return items(a, a.extraction().reactions(), ItemIds.reactions(a.extraction(), extractorVersion),
                Reaction::provenance, r -> new Object[] {r.source(), r.actor().name(), r.actor().type().label(),
                        r.actor().affiliation(), r.actor().country(), r.stance().label(), r.cue()});
    }

    /** The rows of one item table for an article. */
    public static List<Object[]> items(Table table, ProcessedArticle a, String extractorVersion) {
        if (table == STATEMENTS) {
            return statements(a, extractorVersion);
        } else if (table == CASUALTIES) {
            return casualties(a, extractorVersion);
        } else if (table == REACTIONS) {
            return reactions(a, extractorVersion);
        }
        throw new IllegalArgumentException("not an item table: " + table.name());
    }

    /**
     * Item rows share their shape: article id and position, the item's own values, then its rule,
     * sentence, span and id.
     */
    private static <T> List<Object[]> items(ProcessedArticle a, List<T> items, List<String> ids,
                                            Function<T, Provenance> provenance, Function<T, Object[]> values) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int seq = 0; seq < items.size(); seq++) {
            T item = items.get(seq);
            Object[] own = values.apply(item);
            Provenance p = provenance.apply(item);
            Object[] row = new Object[own.length + 7];
            row[0] = a.id();
            row[1] = seq;
            System.arraycopy(own, 0, row, 2, own.length);
            int at = own.length + 2;
            row[at] = p.ruleId();
            row[at + 1] = p.sentence();
            row[at + 2] = p.start();
            row[at + 3] = p.end();
            row[at + 4] = ids.get(seq);
            rows.add(row);
        }
        return rows;
    }
}
