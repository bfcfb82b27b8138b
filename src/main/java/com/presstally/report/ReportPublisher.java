package com.presstally.report;

import com.presstally.domain.ProcessedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a report into a hidden staging folder beside its final place, then renames it into place,
 * so a reader of {@code reports/} sees the old complete report or the new complete one, never a
 * half-written folder.
 */
public final class ReportPublisher {
    /** The workbook's sheets after the Summary, in order. */
    static final List<String> SHEETS = List.of("statements", "actors", "casualties", "tolls", "reactions", "articles",
            "trends");

    private ReportPublisher() {
    }

    /** @param sheetRows the most data rows a detail sheet holds; the CSV files hold every row */
    public static Path publish(WeeklyReport report, Path reportsRoot, int sheetRows) throws IOException {
        Files.createDirectories(reportsRoot);
        Path target = reportsRoot.resolve(report.scope());
        Path staging = reportsRoot.resolve(".staging-" + report.scope() + "-" + UUID.randomUUID());
        Files.createDirectories(staging.resolve("charts"));
        try {
            write(report, staging, sheetRows);
            swapInto(staging, target);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * One walk over the week's articles feeds every per-article table to its CSV file and its sheet
     * (each written on a thread of its own) and counts reactions by source; then the tolls are built from two
     * walks of the week's claims, and the other tables, the charts and the Summary follow.
     */
    private static void write(WeeklyReport report, Path folder, int sheetRows) throws IOException {
        List<Tables.ArticleTable> perArticle = Tables.articleTables(report);
        try (WorkbookWriter book = new WorkbookWriter(SHEETS, sheetRows)) {
            Digest.Collector collector = new Digest.Collector();
            List<RowSink[]> sinks = new ArrayList<>();
            try {
                // CSV files and sheets are each written on a thread of their own while this one reads and
                // maps the articles; each sheet is touched by one thread at a time (POI is not thread-safe)
                try (RowsInBackground csv = new RowsInBackground("report-csv-writer");
                     RowsInBackground sheetWriter = new RowsInBackground("report-sheet-writer")) {
                    for (Tables.ArticleTable table : perArticle) {
                        sinks.add(new RowSink[] {CsvExports.open(folder, table.name(), table.header()),
                                book.table(table.name(), table.header())});
                    }
                    List<RowSink> csvSinks = new ArrayList<>();
                    List<RowSink> sheetSinks = new ArrayList<>();
                    List<List<Object>> rows = new ArrayList<>();
                    for (ProcessedArticle article : report.articles()) {
                        collector.add(article);
                        for (int t = 0; t < perArticle.size(); t++) {
                            for (List<Object> row : perArticle.get(t).rows(article)) {
                                csvSinks.add(sinks.get(t)[0]);
                                sheetSinks.add(sinks.get(t)[1]);
                                rows.add(row);
                            }
                        }
                        csv.write(csvSinks, rows);
                        sheetWriter.write(sheetSinks, rows);
                        csvSinks.clear();
                        sheetSinks.clear();
                        rows.clear();
                    }
                }
            } finally {
                closeAll(sinks);
            }
            Digest digest = collector.digest(report.tolls().get());
            Tables.Table tolls = Tables.tolls(digest.tolls());
            for (Tables.Table table : List.of(Tables.actors(report), tolls, Tables.trends(report))) {
                CsvExports.write(table, folder);
                book.table(table);
            }
            List<Charts.Chart> charts = Charts.render(report, digest, folder.resolve("charts"));
            book.summary(report, digest, tolls, charts);
            book.chartsBesideTables(charts);
            book.save(folder.resolve(workbookName(report.scope())));
        }
    }

    private static void closeAll(List<RowSink[]> sinks) throws IOException {
        IOException first = null;
        for (RowSink[] pair : sinks) {
            for (RowSink sink : pair) {
                try {
                    sink.close();
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    public static String workbookName(String scope) {
        return "press-tally-" + scope + ".xlsx";
    }

    private static void swapInto(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling(".old-" + target.getFileName() + "-" + UUID.randomUUID());
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
