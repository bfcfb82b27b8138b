package com.presstally.batch;

import com.presstally.corpus.CorpusFolder;
import com.presstally.corpus.TextArticleParser;
import com.presstally.extract.ArticleExtractor;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.store.ExtractionStore;
import com.presstally.store.jdbc.JdbcExtractionStore;
import jakarta.batch.runtime.context.JobContext;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the job's artifacts share: settings from the job context, and the extraction engine, loaded
 * once per lexicon folder (loading lexicons is the slow part of starting).
 */
final class JobResources {
    private static final Map<String, ArticleExtractor> ENGINES = new ConcurrentHashMap<>();
    private static final Map<String, Object> WRITE_LOCKS = new ConcurrentHashMap<>();

    private JobResources() {
    }

    static JobSettings settings(JobContext job) {
        return JobSettings.from(job.getProperties());
    }

    static ExtractionStore store(JobSettings settings) {
        return new JdbcExtractionStore(settings.database());
    }

    static ArticleExtractor engine(JobSettings settings) {
        String key = Objects.toString(settings.lexicon(), "");
        return ENGINES.computeIfAbsent(key, k -> new ExtractionEngine(new Lexicon(settings.lexicon())));
    }

    /** One monitor per database: the partitions of a step take turns to write. */
    static Object writeLock(String databaseUrl) {
        return WRITE_LOCKS.computeIfAbsent(databaseUrl, k -> new Object());
    }

    static CorpusFolder corpus(JobSettings settings) {
        Path root = settings.input();
        return new CorpusFolder(root, TextArticleParser.withDefaults(settings.zone()), settings.zone(), settings.maxBytes(),
                settings.fields());
    }
}
