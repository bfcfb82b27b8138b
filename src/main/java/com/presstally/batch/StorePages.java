package com.presstally.batch;

import com.presstally.domain.ProcessedArticle;
import com.presstally.domain.ReportScope;
import com.presstally.store.ExtractionStore;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The articles of a scope read from the store a page at a time, each walk a fresh read. */
final class StorePages implements Iterable<ProcessedArticle> {
    static final int PAGE = 1000;

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
            private List<ProcessedArticle> page = store.page(corpus, scope, null, PAGE);
            private int next;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (page.size() < PAGE) {
                    return false;
                }
                page = store.page(corpus, scope, page.get(page.size() - 1).id(), PAGE);
                next = 0;
                return !page.isEmpty();
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
