package com.presstally.store.jdbc;

import com.presstally.bench.SyntheticCorpus;
import com.presstally.domain.Article;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.pipeline.ArticlePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forgetting what an earlier run of a week stored, which the store does a batch of articles at a time. */
class ClearScopeTest {
    private static final String CORPUS = "generated";
    private static final ReportScope WEEK = ReportScope.parse("2026-W47");
    private static final ReportScope WEEK_BEFORE = ReportScope.parse("2026-W46");
    private static final List<String> TABLES = List.of("pt_article", "pt_statement", "pt_casualty", "pt_reaction");

    @Test
    void clearingAWeekOfManyBatchesForgetsEveryRowOfItAndNoneOfTheWeekBefore(@TempDir Path root) throws SQLException {
        JdbcExtractionStore store = FileStores.initialised(root);
        ArticlePipeline pipeline = new ArticlePipeline(new ExtractionEngine(new Lexicon(null)));
        List<ProcessedArticle> week = new ArrayList<>();
        List<ProcessedArticle> weekBefore = new ArrayList<>();
        // 1,200 articles: two full batches and part of a third; ids of both weeks interleave
        for (Article a : SyntheticCorpus.generate(1_200, 5)) {
            week.add(pipeline.process(a));
            if (weekBefore.size() < 150) {
                weekBefore.add(pipeline.process(new Article(a.id().replace(".txt", "-b.txt"), a.title(),
                        a.published().minusWeeks(1), a.outlet(), a.url(), a.paragraphs())));
            }
        }
        store.save(CORPUS, WEEK, week);
        store.save(CORPUS, WEEK_BEFORE, weekBefore);
        Map<String, Integer> before = rowCounts(root);
        Map<String, Integer> ofWeekBefore = rowCounts(root, weekBefore);
        assertTrue(ofWeekBefore.get("pt_statement") > 0 && before.get("pt_statement") > ofWeekBefore.get("pt_statement"),
                "both weeks have statements: " + before + ", " + ofWeekBefore);

        store.clearScope(CORPUS, WEEK);

        assertEquals(ofWeekBefore, rowCounts(root), "only the week before's rows are left");
        assertEquals(150, store.load(CORPUS, WEEK_BEFORE).size());
        assertEquals(0, store.load(CORPUS, WEEK).size());
    }

    private static Map<String, Integer> rowCounts(Path root) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = connect(root); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getInt(1));
                }
            }
        }
        return counts;
    }

    /** How many rows of each table these articles have in the store. */
    private static Map<String, Integer> rowCounts(Path root, List<ProcessedArticle> articles) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, 0));
        try (Connection c = connect(root)) {
            for (String table : TABLES) {
                try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE corpus = ? AND article_id = ?")) {
                    for (ProcessedArticle a : articles) {
                        ps.setString(1, CORPUS);
                        ps.setString(2, a.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            counts.merge(table, rs.getInt(1), Integer::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static Connection connect(Path root) {
        return FileStores.database(root).connect();
    }
}
