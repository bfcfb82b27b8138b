package com.presstally;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The framework-free core (domain, corpus, extract, and the pipeline joining them) imports no batch, POI, chart, CLI or JDBC class. */
class ArchitectureTest {
    private static final List<String> FORBIDDEN = List.of("jakarta.batch", "org.jberet", "org.apache.poi", "org.jfree",
            "java.sql", "picocli", "com.presstally.batch", "com.presstally.report", "com.presstally.store",
            "com.presstally.cli");

    @Test
    void coreRoomsUseNoFrameworks() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String room : List.of("domain", "corpus", "extract", "pipeline")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/presstally", room))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("import ") && FORBIDDEN.stream().anyMatch(line::contains)) {
                            violations.add(file + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
