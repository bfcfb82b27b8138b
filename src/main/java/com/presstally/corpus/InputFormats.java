package com.presstally.corpus;

import com.presstally.domain.Article;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file formats the job reads, from a file's bytes: whoever holds the bytes (a folder on disk, a
 * distributed file system) gets the same articles, ids and rejections.
 */
public final class InputFormats {
    /** Files the job reads. Other files are listed as rejected, never silently dropped. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "csv", "jsonl", "json");
    private static final Set<String> ONE_ARTICLE = Set.of("txt", "md", "html", "htm");
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final TextArticleParser textParser;
    private final HtmlArticleParser htmlParser;
    private final RecordFiles records;
    private final long maxBytes;

    public InputFormats(TextArticleParser textParser, ZoneId zone, long maxBytes, FieldMap fields) {
        this.textParser = textParser;
        this.htmlParser = new HtmlArticleParser(zone);
        this.records = new RecordFiles(fields, zone);
        this.maxBytes = maxBytes;
    }

    /** Why the file cannot be read as input at all (unknown type, over the size limit), or null when it can. */
    public String refusal(String fileId, long size) {
        String type = typeRefusal(fileId);
        if (type != null) {
            return type;
        }
        return size > maxBytes ? "file is " + size + " bytes, over the limit of " + maxBytes : null;
    }

    /** Why a file of this name is not input (no or an unknown extension), or null when its type is read. */
    public static String typeRefusal(String fileId) {
        String extension = extension(fileId);
        if (EXTENSIONS.contains(extension)) {
            return null;
        }
        return extension.isEmpty()
                ? "file has no extension; expected one of " + EXTENSIONS
                : "unsupported file type ." + extension + "; expected one of " + EXTENSIONS;
    }

    /** True for .txt, .md and .html: one file, one article. */
    public static boolean isOneArticle(String fileId) {
        return ONE_ARTICLE.contains(extension(fileId));
    }

    /** The records of a CSV or JSON file, each an article or a rejection naming its line. */
    public List<InputItem> records(String fileId, byte[] bytes, LocalDate fileDay) {
        try {
            String text = TextDecoder.decode(fileId, bytes);
            return switch (extension(fileId)) {
                case "csv" -> records.csv(fileId, text, fileDay);
                case "jsonl" -> records.jsonLines(fileId, text, fileDay);
                default -> records.jsonArray(fileId, text, fileDay);
            };
        } catch (ArticleRejectedException e) {
            return List.of(new InputItem.Rejected(fileId, e.getMessage()));
        }
    }

    /** A one-article file (.txt, .md, .html). */
    public Article article(String fileId, byte[] bytes, LocalDate fileDay) throws ArticleRejectedException {
        if (!isOneArticle(fileId)) {
            throw new ArticleRejectedException(fileId, "unsupported file type ." + extension(fileId) + "; expected one of " + EXTENSIONS);
        }
        String text = TextDecoder.decode(fileId, bytes);
        return extension(fileId).startsWith("htm") ? htmlParser.parse(fileId, text, fileDay) : textParser.parse(fileId, text, fileDay);
    }

    /** Everything in one file, read now: articles as records, or rejections with their reason. */
    public List<InputItem> read(String fileId, byte[] bytes, LocalDate fileDay) {
        String refusal = refusal(fileId, bytes.length);
        if (refusal != null) {
            return List.of(new InputItem.Rejected(fileId, refusal));
        }
        if (!isOneArticle(fileId)) {
            return records(fileId, bytes, fileDay);
        }
        try {
            return List.of(new InputItem.RecordItem(article(fileId, bytes, fileDay)));
        } catch (ArticleRejectedException e) {
            return List.of(new InputItem.Rejected(fileId, e.getMessage()));
        }
    }

    /**
     * True for files that are not news: hidden files and folders, and {@code README} files (notes
     * about a corpus). {@code relativeId} is the path under the corpus root, {@code /}-separated.
     */
    public static boolean isIgnored(String relativeId) {
        for (String part : relativeId.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return relativeId.substring(relativeId.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).startsWith("readme");
    }

    static String extension(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
