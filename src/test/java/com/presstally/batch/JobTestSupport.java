package com.presstally.batch;

import com.presstally.domain.ReportScope;
import com.presstally.store.jdbc.Database;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds job settings on temporary folders and databases, and reads exports back. */
final class JobTestSupport {
    private JobTestSupport() {
    }

    static JobSettings settings(Path root, String scope, Path input, int chunkSize, int failAfter) {
        // the embedded default's settings, so the job tests run the store as a user's job does
        Database db = new Database("jdbc:h2:file:" + root.resolve("db/store").toAbsolutePath() + Database.H2_FILE_SETTINGS,
                "", "");
        return new JobSettings(ReportScope.parse(scope), input, root.resolve("reports"), db, chunkSize, null,
                ZoneOffset.UTC, 10_000_000, failAfter, "off", com.presstally.corpus.FieldMap.defaults(), 1,
                JobSettings.DEFAULT_SHEET_ROWS);
    }

    /** Copies the repository's sample corpus plus the extra files given into a fresh folder. */
    static Path sampleInput(Path root) throws IOException {
        Path input = root.resolve("input");
        Path sample = Path.of("input");
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = input.resolve(sample.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return input;
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    static List<String> header(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getHeaderNames();
        }
    }

    /** The lines of a CSV export, sorted, so two runs can be compared row for row. */
    static List<String> sortedLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.sort(null);
        return lines;
    }
}
