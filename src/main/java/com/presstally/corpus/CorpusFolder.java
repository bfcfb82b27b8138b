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
    /** Files the job reads as articles. Other files are listed as rejected, never silently dropped. */
    public static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "md");
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final Path root;
    private final TextArticleParser textParser;
    private final ZoneId zone;
    private final long maxBytes;

    public CorpusFolder(Path root, TextArticleParser textParser, ZoneId zone, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.textParser = textParser;
        this.zone = zone;
        this.maxBytes = maxBytes;
    }

    public Path root() {
        return root;
    }

    /**
     * Article ids (paths relative to the root, {@code /}-separated), sorted. Hidden files and
     * {@code README} files (notes about a corpus, not news) are not articles.
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

    public Article read(String id) throws ArticleRejectedException {
        Path file = root.resolve(id);
        String extension = extension(id);
        if (!TEXT_EXTENSIONS.contains(extension)) {
            throw new ArticleRejectedException(id, extension.isEmpty()
                    ? "file has no extension; expected .txt or .md"
                    : "unsupported file type ." + extension + "; expected .txt or .md");
        }
        byte[] bytes;
        LocalDate fileDay;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ArticleRejectedException(id, "file is " + size + " bytes, over the limit of " + maxBytes);
            }
            bytes = Files.readAllBytes(file);
            fileDay = Files.getLastModifiedTime(file).toInstant().atZone(zone).toLocalDate();
        } catch (IOException e) {
            throw new ArticleRejectedException(id, "cannot read file: " + e.getMessage());
        }
        return textParser.parse(id, TextDecoder.decode(id, bytes), fileDay);
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
