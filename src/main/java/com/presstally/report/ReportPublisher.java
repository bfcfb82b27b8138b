package com.presstally.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    private ReportPublisher() {
    }

    public static Path publish(WeeklyReport report, Path reportsRoot) throws IOException {
        Files.createDirectories(reportsRoot);
        Path target = reportsRoot.resolve(report.scope());
        Path staging = reportsRoot.resolve(".staging-" + report.scope() + "-" + UUID.randomUUID());
        Files.createDirectories(staging.resolve("charts"));
        try {
            List<CasualtyTolls.Toll> tolls = report.tolls();
            List<Tables.Table> tables = List.of(Tables.statements(report), Tables.actors(report),
                    Tables.casualties(report), Tables.tolls(tolls), Tables.reactions(report), Tables.articles(report),
                    Tables.trends(report));
            List<Charts.Chart> charts = Charts.render(report, tolls, staging.resolve("charts"));
            CsvExports.write(tables, staging);
            new WorkbookWriter().write(report, tables, charts, staging.resolve(workbookName(report.scope())));
            swapInto(staging, target);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
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
