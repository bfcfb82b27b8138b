package com.presstally.batch;

import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.store.ExtractionStore;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * The articles of a scope read from the store a page at a time, each walk a fresh read. While the
 * report writes one page, the next is read on another thread: reading and writing take about as
 * long, and a machine has a core for each.
 */
final class StorePages implements Iterable<ProcessedArticle> {
    /**
     * Articles a page. The report's peak heap holds this page, the next one being read (H2 holds a
     * query's whole result while the page is built from it) and the rows queued for the writers: at 500
     * articles (~8,000 statements a page) the benchmark's peaks were 36-47 MB, at 250 27-37 MB, at 125
     * 26-38 MB on a week with syndicated copies (24-31 MB on one without), no slower.
     */
    static final int PAGE = 125;
    private final ExtractionStore store;
    private final String corpus;
    private final ReportScope scope;

    StorePages(ExtractionStore store, String corpus, ReportScope scope) {
        this.store = store;
        this.corpus = corpus;
        this.scope = scope;
    }

    @Override
    public Iterator<ProcessedArticle> iterator() {
        return new Iterator<>() {
            private List<ProcessedArticle> page = List.of();
            private int next;
            private CompletableFuture<List<ProcessedArticle>> coming = fetchAfter(null);

            private CompletableFuture<List<ProcessedArticle>> fetchAfter(String id) {
                // each page on a thread of its own, so a walk abandoned halfway leaves no thread behind
                return OwnThread.supply("report-page-reader", () -> store.page(corpus, scope, id, PAGE));
            }

            @Override
            public boolean hasNext() {
                while (next >= page.size()) {
                    if (coming == null) {
                        return false;
                    }
                    page = OwnThread.await(coming, "reading the store");
                    next = 0;
                    coming = page.size() < PAGE ? null : fetchAfter(page.get(page.size() - 1).id());
                }
                return true;
            }

            @Override
            public ProcessedArticle next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }
}
