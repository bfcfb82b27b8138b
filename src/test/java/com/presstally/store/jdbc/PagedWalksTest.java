package com.presstally.store.jdbc;

import com.presstally.bench.SyntheticCorpus;
import com.presstally.domain.Article;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.pipeline.ArticlePipeline;
import com.presstally.report.CasualtyTolls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's paged walks over a week bigger than one page: the casualty-claim walk the tolls are
 * built from hands over every claim of the counted articles exactly once, across page edges, and the
 * tolls equal those of the articles loaded whole.
 */
class PagedWalksTest {
    private static final String CORPUS = "generated";
    private static final ReportScope WEEK = ReportScope.parse("2026-W47");

    @Test
    void claimWalkAcrossPagesHandsOverEveryClaimOnceAndGivesTheLoadedArticlesTolls(@TempDir Path root) {
        JdbcExtractionStore store = FileStores.initialised(root);
        ArticlePipeline pipeline = new ArticlePipeline(new ExtractionEngine(new Lexicon(null)));
        List<ProcessedArticle> chunk = new ArrayList<>();
        for (Article article : SyntheticCorpus.generate(1_300, 11)) { // two full claim pages and part of a third
            chunk.add(pipeline.process(article));
            if (chunk.size() == 100) {
                store.save(CORPUS, WEEK, chunk);
                chunk.clear();
            }
        }
        store.save(CORPUS, WEEK, chunk);

        List<ProcessedArticle> counted = store.load(CORPUS, WEEK).stream()
                .filter(a -> a.status() == ArticleStatus.OK).toList();
        assertEquals(1_300, counted.size());
        List<String> expected = new ArrayList<>();
        counted.forEach(a -> a.extraction().casualties().forEach(c -> expected.add(a.id() + " " + c.provenance().start())));
        assertTrue(expected.size() > 1_000, "the generated week has claims on every page: " + expected.size());

        List<String> walked = new ArrayList<>();
        store.forEachCountedClaim(CORPUS, WEEK, (claim, article) -> walked.add(article.id() + " " + claim.provenance().start()));
        expected.sort(null);
        walked.sort(null);
        assertTrue(expected.equals(walked), () -> "every claim once: " + expected.size() + " claims, " + walked.size()
                + " walked; first missing " + expected.stream().filter(c -> !walked.contains(c)).findFirst().orElse("none"));

        List<CasualtyTolls.Toll> fromStore = CasualtyTolls.of(visitor -> store.forEachCountedClaim(CORPUS, WEEK,
                (claim, article) -> visitor.accept(new CasualtyTolls.Source(claim, article))));
        assertEquals(CasualtyTolls.of(counted).stream().map(CasualtyTolls::describe).toList(),
                fromStore.stream().map(CasualtyTolls::describe).toList());
    }
}
