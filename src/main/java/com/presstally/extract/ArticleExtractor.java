package com.presstally.extract;

import com.presstally.domain.Article;
import com.presstally.domain.Extraction;

/** What the batch job and any other caller need from the extraction core. Thread-safe. */
public interface ArticleExtractor {
    Extraction extract(Article article);
}
