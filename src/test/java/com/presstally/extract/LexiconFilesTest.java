package com.presstally.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped word lists and actor dictionary are clean: no duplicates, no clashes, every office known. */
class LexiconFilesTest {
    private static final Lexicon SHIPPED = Lexicon.shipped();

    @ParameterizedTest
    @ValueSource(strings = {"actors.tsv", "offices.tsv", "demonyms.tsv", "source-words.tsv", "speech-cues.tsv",
            "reaction-cues.tsv", "reaction-terms.tsv", "speech-nouns.tsv", "casualty-words.tsv", "number-words.tsv"})
    void noDuplicateRowsAndNoStrayWhitespace(String file) {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Lexicon.Row row : SHIPPED.rows(file)) {
            String key = String.join("\t", row.cells()).toLowerCase();
            if (!seen.add(key)) {
                problems.add("line " + row.line() + " repeats an earlier row: " + row.cells());
            }
            if (row.cell(0).isEmpty()) {
                problems.add("line " + row.line() + " has an empty first cell");
            }
            for (String cell : row.cells()) {
                if (cell.contains("  ")) {
                    problems.add("line " + row.line() + " has a double space: '" + cell + "'");
                }
            }
        }
        assertEquals(List.of(), problems, file);
    }

    @Test
    void everyAliasBelongsToOneActor() {
        // the dictionary refuses to load otherwise; this pins that it loads
        new ActorDictionary(SHIPPED);
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Lexicon.Row row : SHIPPED.rows("actors.tsv")) {
            List<String> names = new ArrayList<>(row.list(4));
            names.add(row.cell(0));
            for (String alias : names) {
                String previous = owner.putIfAbsent(ActorDictionary.normalise(alias), row.cell(0));
                if (previous != null && !previous.equals(row.cell(0))) {
                    clashes.add(alias + ": " + previous + " and " + row.cell(0));
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyOfficeHeldHasItsRolePhrasesAndTermsDoNotOverlap() {
        Set<String> offices = new HashSet<>();
        SHIPPED.rows("offices.tsv").forEach(r -> offices.add(r.cell(0)));
        Map<String, List<LocalDate[]>> terms = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Lexicon.Row row : SHIPPED.rows("actors.tsv")) {
            for (String term : row.list(5)) {
                String office = term.substring(0, term.indexOf(':'));
                if (!offices.contains(office)) {
                    problems.add(row.cell(0) + " holds " + office + ", which offices.tsv does not list");
                }
                String[] range = term.substring(term.indexOf(':') + 1).split("\\.\\.", -1);
                LocalDate from = LocalDate.parse(range[0]);
                LocalDate to = range[1].isEmpty() ? LocalDate.MAX : LocalDate.parse(range[1]);
                for (LocalDate[] other : terms.computeIfAbsent(office, k -> new ArrayList<>())) {
                    if (from.isBefore(other[1]) && other[0].isBefore(to)) {
                        problems.add(office + " has two holders at once around " + from);
                    }
                }
                terms.get(office).add(new LocalDate[] {from, to});
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aUserFileReplacesTheShippedOneAndABadLineNamesItsPlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("actors.tsv"), "Ana Dolan\tperson\tSela\tValdoria\tDolan\t\nX\tcelebrity\t\t\t\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ActorDictionary(new Lexicon(dir)));
        assertTrue(e.getMessage().startsWith("actors.tsv:2:"), e.getMessage());
        Files.writeString(dir.resolve("actors.tsv"), "Ana Dolan\tperson\tSela\tValdoria\tDolan\t\n");
        assertEquals("Ana Dolan", new ActorDictionary(new Lexicon(dir)).byAlias("Dolan").orElseThrow().name());
    }
}
