package com.presstally.corpus;

import com.presstally.domain.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of article files. Lists them in a stable order (so a checkpoint is an index) and reads
 * one at a time into an {@link Article}, or says why it cannot.
 */
public final class CorpusFolder {
    /** Files the job reads. Other files are listed as rejected, never silently dropped. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "csv", "jsonl", "json");
    private static final Set<String> ONE_ARTICLE = Set.of("txt", "md", "html", "htm");
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final Path root;
    private final TextArticleParser textParser;
    private final HtmlArticleParser htmlParser;
    private final RecordFiles records;
    private final ZoneId zone;
    private final long maxBytes;

    public CorpusFolder(Path root, TextArticleParser textParser, ZoneId zone, long maxBytes) {
        this(root, textParser, zone, maxBytes, FieldMap.defaults());
    }

    public CorpusFolder(Path root, TextArticleParser textParser, ZoneId zone, long maxBytes, FieldMap fields) {
        this.root = root.toAbsolutePath().normalize();
        this.textParser = textParser;
        this.htmlParser = new HtmlArticleParser(zone);
        this.records = new RecordFiles(fields, zone);
        this.zone = zone;
        this.maxBytes = maxBytes;
    }

    public Path root() {
        return root;
    }

    /**
     * Input files (paths relative to the root, {@code /}-separated), sorted. Hidden files and
     * {@code README} files (notes about a corpus, not news) are not read.
     */
    public List<String> listIds() {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new NoSuchFileException(root.toString(), null, "input folder does not exist"));
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isIgnored(root.relativize(p)))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input folder " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * The inputs of one file: the file itself for a one-article format (parsed later by {@link #read}),
     * each record of a CSV or JSON file, or a rejection when the file cannot be read.
     */
    public List<InputItem> items(String fileId) {
        String extension = extension(fileId);
        if (!EXTENSIONS.contains(extension)) {
            return List.of(new InputItem.Rejected(fileId, extension.isEmpty()
                    ? "file has no extension; expected one of " + EXTENSIONS
                    : "unsupported file type ." + extension + "; expected one of " + EXTENSIONS));
        }
        if (ONE_ARTICLE.contains(extension)) {
            return List.of(new InputItem.FileItem(fileId));
        }
        try {
            Loaded file = load(fileId);
            String text = TextDecoder.decode(fileId, file.bytes());
            return switch (extension) {
                case "csv" -> records.csv(fileId, text, file.day());
                case "jsonl" -> records.jsonLines(fileId, text, file.day());
                default -> records.jsonArray(fileId, text, file.day());
            };
        } catch (ArticleRejectedException e) {
            return List.of(new InputItem.Rejected(fileId, e.getMessage()));
        }
    }

    /** Reads a one-article file (.txt, .md, .html). */
    public Article read(String id) throws ArticleRejectedException {
        String extension = extension(id);
        if (!ONE_ARTICLE.contains(extension)) {
            throw new ArticleRejectedException(id, "unsupported file type ." + extension + "; expected one of " + EXTENSIONS);
        }
        Loaded file = load(id);
        String text = TextDecoder.decode(id, file.bytes());
        return extension.startsWith("htm") ? htmlParser.parse(id, text, file.day()) : textParser.parse(id, text, file.day());
    }

    private record Loaded(byte[] bytes, LocalDate day) {
    }

    private Loaded load(String id) throws ArticleRejectedException {
        Path file = root.resolve(id);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ArticleRejectedException(id, "file is " + size + " bytes, over the limit of " + maxBytes);
            }
            return new Loaded(Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant().atZone(zone).toLocalDate());
        } catch (IOException e) {
            throw new ArticleRejectedException(id, "cannot read file: " + e.getMessage());
        }
    }

    private static boolean isIgnored(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return relative.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme");
    }

    private static String extension(String id) {
        String name = id.substring(id.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
