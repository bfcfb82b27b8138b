package com.presstally.spark;

import com.presstally.corpus.FieldMap;
import com.presstally.corpus.InputFormats;
import com.presstally.corpus.TextArticleParser;
import com.presstally.extract.ExtractionEngine;
import com.presstally.extract.Lexicon;
import com.presstally.pipeline.ArticlePipeline;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every task needs to read and extract articles as the weekly job does, in a form Spark can
 * ship: strings and numbers. Parsers and the engine are built on the executor, once per JVM.
 *
 * @param lexicon a folder of word lists present on every executor, or null for the shipped lists
 * @param failFirstAttempts fail each task's first attempt, once while extracting (after its first
 *                          file) and once while writing statements (after 100 rows): for recovery tests
 */
record ExtractSettings(String input, String output, String timeZone, long maxBytes, String fields, String lexicon,
                       boolean failFirstAttempts) implements Serializable {
    private static final Map<String, ArticlePipeline> PIPELINES = new ConcurrentHashMap<>();

    /** Checks every setting before any work: a bad time zone or field map stops the run with what to fix. */
    ExtractSettings {
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--time-zone: '" + timeZone + "' is not a time zone (e.g. UTC, Europe/Brussels)");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("--max-article-bytes must be positive, was " + maxBytes);
        }
        fieldMap(fields);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    InputFormats formats() {
        return new InputFormats(TextArticleParser.withDefaults(zone()), zone(), maxBytes, fieldMap(fields));
    }

    ArticlePipeline pipeline() {
        String key = lexicon == null ? "" : lexicon;
        return PIPELINES.computeIfAbsent(key, k -> new ArticlePipeline(
                new ExtractionEngine(new Lexicon(k.isEmpty() ? null : Path.of(k)))));
    }

    private static FieldMap fieldMap(String fields) {
        try {
            return fields == null || fields.isBlank() ? FieldMap.defaults() : FieldMap.parse(fields);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fields: " + e.getMessage());
        }
    }
}
