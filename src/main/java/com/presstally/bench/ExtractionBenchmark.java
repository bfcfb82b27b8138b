package com.presstally.bench;

import com.presstally.domain.Article;
import com.presstally.extract.ArticleExtractor;

import java.util.List;

/** Times the extraction core alone, on one thread, after a warm-up: articles per second and words per second. */
public final class ExtractionBenchmark {
    /** What one measurement found. */
    public record Result(int articles, long words, double seconds, long items) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private ExtractionBenchmark() {
    }

    public static Result run(ArticleExtractor engine, List<Article> articles, int warmupRounds) {
        for (int w = 0; w < warmupRounds; w++) {
            for (Article a : articles) {
                engine.extract(a);
            }
        }
        long words = articles.stream().mapToLong(a -> a.body().split("\\s+").length).sum();
        long items = 0;
        long start = System.nanoTime();
        for (Article a : articles) {
            items += engine.extract(a).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(articles.size(), words, seconds, items);
    }
}
