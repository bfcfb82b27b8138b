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
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of article files. Lists them in a stable order (so a checkpoint is an index) and reads
 * one at a time into an {@link Article}, or says why it cannot.
 */
public final class CorpusFolder {
    /** Files the job reads. Other files are listed as rejected, never silently dropped. */
    public static final Set<String> EXTENSIONS = InputFormats.EXTENSIONS;
    public static final long DEFAULT_MAX_BYTES = InputFormats.DEFAULT_MAX_BYTES;

    private final Path root;
    private final InputFormats formats;
    private final ZoneId zone;

    public CorpusFolder(Path root, TextArticleParser textParser, ZoneId zone, long maxBytes) {
        this(root, textParser, zone, maxBytes, FieldMap.defaults());
    }

    public CorpusFolder(Path root, TextArticleParser textParser, ZoneId zone, long maxBytes, FieldMap fields) {
        this.root = root.toAbsolutePath().normalize();
        this.formats = new InputFormats(textParser, zone, maxBytes, fields);
        this.zone = zone;
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
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(id -> !InputFormats.isIgnored(id))
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
        String refusal = InputFormats.typeRefusal(fileId);
        if (refusal != null) {
            return List.of(new InputItem.Rejected(fileId, refusal));
        }
        if (InputFormats.isOneArticle(fileId)) {
            return List.of(new InputItem.FileItem(fileId));
        }
        try {
            Loaded file = load(fileId);
            return formats.records(fileId, file.bytes(), file.day());
        } catch (ArticleRejectedException e) {
            return List.of(new InputItem.Rejected(fileId, e.getMessage()));
        }
    }

    /** Reads a one-article file (.txt, .md, .html). */
    public Article read(String id) throws ArticleRejectedException {
        Loaded file = load(id);
        return formats.article(id, file.bytes(), file.day());
    }

    private record Loaded(byte[] bytes, LocalDate day) {
    }

    private Loaded load(String id) throws ArticleRejectedException {
        Path file = root.resolve(id);
        try {
            String refusal = formats.refusal(id, Files.size(file));
            if (refusal != null) {
                throw new ArticleRejectedException(id, refusal);
            }
            return new Loaded(Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant().atZone(zone).toLocalDate());
        } catch (IOException e) {
            throw new ArticleRejectedException(id, "cannot read file: " + e.getMessage());
        }
    }
}
