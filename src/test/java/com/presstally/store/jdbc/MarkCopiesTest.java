package com.presstally.store.jdbc;

import com.presstally.domain.Article;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.Extraction;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Marking a week's copies, which the store does a batch of rows at a time. */
class MarkCopiesTest {
    private static final String CORPUS = "wire";
    private static final ReportScope WEEK = ReportScope.parse("2026-W47");

    @Test
    void copiesOverManyBatchesAreAllMarkedAndARemarkingFreesTheOnesNoLongerCopies(@TempDir Path root) {
        JdbcExtractionStore store = FileStores.initialised(root);
        List<ProcessedArticle> week = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            Article a = new Article(String.format("a%05d.txt", i), "Story " + i, LocalDate.of(2026, 11, 16 + i % 7), "Wire",
                    "", List.of("Text " + i));
            week.add(ProcessedArticle.ok(a, "f" + i, Extraction.EMPTY));
        }
        store.save(CORPUS, WEEK, week);

        Map<String, String> copies = new HashMap<>(); // 2,500 copies of 500 stories: more than two batches
        for (int i = 500; i < 3_000; i++) {
            copies.put(week.get(i).id(), week.get(i % 500).id());
        }
        store.markCopies(CORPUS, WEEK, copies);
        assertEquals(statusCounts(2_500, 500), statuses(store));
        Map<String, Integer> perStory = copiesByStory(store);
        assertEquals(500, perStory.size());
        perStory.forEach((story, count) -> assertEquals(5, count, story));

        Map<String, String> fewer = new HashMap<>(copies);
        copies.keySet().stream().filter(id -> id.compareTo("a02000.txt") >= 0).forEach(fewer::remove);
        store.markCopies(CORPUS, WEEK, fewer);
        assertEquals(statusCounts(1_500, 1_500), statuses(store));
        Map<String, Integer> fewerPerStory = copiesByStory(store);
        assertEquals(500, fewerPerStory.size(), "every story still has copies, three where it had five");
        fewerPerStory.forEach((story, count) -> assertEquals(3, count, story));

        store.markCopies(CORPUS, WEEK, Map.of());
        assertEquals(Map.of(ArticleStatus.OK, 3_000), statuses(store));
        assertEquals(Map.of(), copiesByStory(store), "no story keeps a count of copies it no longer has");
    }

    /** The stories with copies, as the report reads them: each original with its count. */
    private static Map<String, Integer> copiesByStory(JdbcExtractionStore store) {
        Map<String, Integer> counts = new HashMap<>();
        store.load(CORPUS, WEEK).stream().filter(a -> a.copies() > 0).forEach(a -> counts.put(a.id(), a.copies()));
        return counts;
    }

    private static Map<ArticleStatus, Integer> statusCounts(int duplicates, int ok) {
        return Map.of(ArticleStatus.DUPLICATE, duplicates, ArticleStatus.OK, ok);
    }

    private static Map<ArticleStatus, Integer> statuses(JdbcExtractionStore store) {
        Map<ArticleStatus, Integer> counts = new HashMap<>();
        store.load(CORPUS, WEEK).forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return counts;
    }
}
