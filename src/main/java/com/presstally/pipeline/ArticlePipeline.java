package com.presstally.pipeline;

import com.presstally.corpus.ContentFingerprint;
import com.presstally.corpus.InputFormats;
import com.presstally.corpus.InputItem;
import com.presstally.corpus.NearDuplicates;
import com.presstally.domain.Article;
import com.presstally.domain.ProcessedArticle;
import com.presstally.extract.ArticleExtractor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * From a read article to what the store keeps: its exact and near-copy fingerprints and its
 * extraction. The weekly job's processor and the Spark backfill both call this, so a backfilled week
 * holds the same rows as a week the job read. An extractor failure rejects the one article.
 */
public final class ArticlePipeline {
    private static final Logger LOG = Logger.getLogger(ArticlePipeline.class.getName());

    private final ArticleExtractor extractor;

    public ArticlePipeline(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public ProcessedArticle process(Article article) {
        try {
            String body = article.body();
            return ProcessedArticle.ok(article, ContentFingerprint.of(body), NearDuplicates.signature(body),
                    extractor.extract(article));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "extraction failed on " + article.id(), e); // the trace is for us, the reason for the report
            return ProcessedArticle.rejected(article.id(), "extraction failed: " + e);
        }
    }

    /**
     * Every input of one file, read and processed: its articles, and its rejections (a bad file, a
     * malformed record) with their reasons. For callers that hold the file's bytes, such as the Spark
     * backfill; the weekly job reads and processes a file's records one chunk item at a time instead.
     */
    public List<ProcessedArticle> processFile(InputFormats formats, String fileId, byte[] bytes, LocalDate fileDay) {
        List<ProcessedArticle> processed = new ArrayList<>();
        for (InputItem item : formats.read(fileId, bytes, fileDay)) {
            if (item instanceof InputItem.RecordItem r) {
                processed.add(process(r.article()));
            } else if (item instanceof InputItem.Rejected r) {
                processed.add(ProcessedArticle.rejected(r.id(), r.reason()));
            } else {
                throw new IllegalStateException("InputFormats.read returned an unread file " + item.id());
            }
        }
        return processed;
    }
}
