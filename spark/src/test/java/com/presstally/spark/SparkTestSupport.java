package com.presstally.spark;

import com.presstally.bench.SyntheticCorpus;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small corpus, the backfill's commands in this JVM, the cron product's jar in another. */
final class SparkTestSupport {
    static final String WEEK = "2026-W47";
    /** Two local threads, and up to four attempts per task, so a failed task is retried. */
    static final String MASTER = "local[2,4]";

    private SparkTestSupport() {
    }

    /** Field mapping of the CSV export among the product's format fixtures. */
    static final String FIELDS = "body=story_text,title=headline,date=pub_date";

    /**
     * The repository's sample corpus (two weeks, nested folders, a README, a broken upload), the
     * product's format fixtures (CSV, JSON lines, a JSON array, HTML, encodings, and bad input: empty,
     * binary, truncated, malformed) and generated articles of the week, every file dated inside the week.
     */
    static Path corpus(Path root, int generated) throws IOException {
        Path input = root.resolve("input");
        copy(Path.of("..", "input"), input);
        copy(Path.of("..", "src", "test", "resources", "formats"), input.resolve("formats"));
        SyntheticCorpus.write(generated, 47, input.resolve("generated"));
        try (Stream<Path> files = Files.walk(input)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-18T10:00:00Z")));
            }
        }
        return input;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result backfill(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new Backfill());
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An H2 file database that closes with its last connection, so another process can open it next. */
    static String h2(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath();
    }

    /** Runs the cron product ({@code ../target/press-tally.jar}, built by the parent's {@code mvn install}). */
    static String product(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("presstally.jar", "../target/press-tally.jar"));
        assertTrue(Files.isRegularFile(jar), jar.toAbsolutePath() + " is missing: run `mvn install` in the parent folder first");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the product run did not end: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    static void stop() {
        org.apache.spark.sql.SparkSession.getDefaultSession().foreach(session -> {
            session.stop();
            return null;
        });
    }

    /** The lines of a CSV export, sorted. */
    static List<String> sortedLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.sort(null);
        return lines;
    }
}
