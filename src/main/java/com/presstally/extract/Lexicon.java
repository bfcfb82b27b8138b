package com.presstally.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word lists are data: tab-separated files under {@code lexicon/} on the classpath, or the same
 * file name in a folder the user gives (which then wins), so a team extends them without a rebuild.
 * Lines starting with {@code #} and blank lines are ignored.
 */
public final class Lexicon {
    private final Path overrideFolder;

    /** @param overrideFolder a folder whose files replace the shipped ones of the same name, or null */
    public Lexicon(Path overrideFolder) {
        this.overrideFolder = overrideFolder;
    }

    public static Lexicon shipped() {
        return new Lexicon(null);
    }

    /** The rows of one file, each split on tabs, with {@code file:line} kept for error messages. */
    public List<Row> rows(String fileName) {
        String text = read(fileName);
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c].strip();
            }
            rows.add(new Row(fileName, i + 1, List.of(cells)));
        }
        return rows;
    }

    private String read(String fileName) {
        try {
            if (overrideFolder != null) {
                Path file = overrideFolder.resolve(fileName);
                if (Files.isRegularFile(file)) {
                    return Files.readString(file, StandardCharsets.UTF_8);
                }
            }
            try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + fileName)) {
                if (in == null) {
                    throw new IllegalStateException("lexicon file " + fileName + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** One line of a lexicon file. */
    public record Row(String file, int line, List<String> cells) {
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public List<String> list(int index) {
            String value = cell(index);
            return value.isEmpty() ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }

        public IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(file + ":" + line + ": " + problem);
        }
    }
}
